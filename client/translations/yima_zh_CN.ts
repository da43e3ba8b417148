<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../areas/code_actions.py" line="212"/>
        <source>Activate codes — %1</source>
        <translation>激活码 — %1</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="221"/>
        <source>(the batch&apos;s product: %1)</source>
        <translation>（码包的产品：%1）</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="222"/>
        <source>(choose the product)</source>
        <translation>（请选择产品）</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="224"/>
        <source>(no lot)</source>
        <translation>（不指定批次）</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="227"/>
        <source>Codes</source>
        <translation>码范围</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="228"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="229"/>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="230"/>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="244"/>
        <source>Choose the product these codes go on.</source>
        <translation>请选择这些码所贴的产品。</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../areas/code_actions.py" line="160"/>
        <source>Allocate rolls — %1</source>
        <translation>标码授权 — %1</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="175"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <location filename="../areas/code_actions.py" line="177"/>
        <source>of %Ln roll(s), %1 labels each</source>
        <translation>
            <numerusform>共 %Ln 卷，每卷 %1 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="184"/>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="185"/>
        <source>Rolls</source>
        <translation>卷号</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="186"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="187"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="192"/>
        <source>Choose the licensed factory.</source>
        <translation>请选择授权工厂。</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="194"/>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../areas/__init__.py" line="27"/>
        <source>System management</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="28"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="29"/>
        <source>Product management</source>
        <translation>产品管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="30"/>
        <source>Production management</source>
        <translation>生产管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="31"/>
        <source>Warehouse management</source>
        <translation>仓储管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="32"/>
        <source>Code management</source>
        <translation>码管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="33"/>
        <source>Labels and printing</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="117"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="119"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="121"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="123"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="125"/>
        <source>Product categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="127"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="129"/>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="131"/>
        <source>Production lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="133"/>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="135"/>
        <source>Code batches</source>
        <translation>码包管理</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="137"/>
        <source>Code records</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="139"/>
        <source>Label templates</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="141"/>
        <source>Print jobs</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../areas/common.py" line="52"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../areas/audit.py" line="51"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="52"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="53"/>
        <source>Request</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="60"/>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录，查看变更内容。</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="64"/>
        <source>%1 — %2 (%3), %4 %5 #%6</source>
        <translation>%1 — %2（%3），%4%5 #%6</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="70"/>
        <source>[refused: %1]</source>
        <translation>[已拒绝：%1]</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../areas/audit.py" line="82"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="83"/>
        <location filename="../areas/audit.py" line="95"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="84"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="85"/>
        <location filename="../areas/audit.py" line="97"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="86"/>
        <location filename="../areas/audit.py" line="99"/>
        <source>Record</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="87"/>
        <source>Record ID</source>
        <translation>对象ID</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="88"/>
        <location filename="../areas/audit.py" line="101"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="89"/>
        <source>Reason</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="90"/>
        <source>Call</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="92"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="94"/>
        <source>User, call, record or ID</source>
        <translation>用户、接口、对象或ID</translation>
    </message>
    <message>
        <location filename="../areas/audit.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../areas/categories.py" line="63"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="65"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="66"/>
        <source>Owner organisation</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="67"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="68"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="71"/>
        <source>Product categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="73"/>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="74"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="76"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="101"/>
        <source>Delete the category “%1”?</source>
        <translation>确定删除产品分类“%1”吗？</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../areas/categories.py" line="23"/>
        <source>Edit category</source>
        <translation>编辑产品分类</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="24"/>
        <source>New category</source>
        <translation>新增产品分类</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="30"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="32"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="40"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/categories.py" line="42"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../dialogs/password.py" line="15"/>
        <location filename="../dialogs/password.py" line="25"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="18"/>
        <source>Your password was set by an administrator. Please choose your own password before you continue.</source>
        <translation>您的密码由管理员设置，请先修改为您自己的密码再继续。</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="22"/>
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="23"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="24"/>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="39"/>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <location filename="../dialogs/password.py" line="42"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChoiceFilter</name>
    <message>
        <location filename="../widgets/filters.py" line="44"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CodeActions</name>
    <message>
        <location filename="../areas/code_actions.py" line="59"/>
        <source>%1 codes</source>
        <translation>%1 个码</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="61"/>
        <source>%1 rolls of %2</source>
        <translation>%1 卷 × 每卷 %2 张</translation>
    </message>
</context>
<context>
    <name>CodeBatchesPage</name>
    <message>
        <location filename="../areas/code_batches.py" line="26"/>
        <source>%1 × %3 per %2</source>
        <translation>%1 %2 × 每%2 %3 张</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="36"/>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="37"/>
        <location filename="../areas/code_batches.py" line="54"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="38"/>
        <location filename="../areas/code_batches.py" line="57"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="39"/>
        <source>Codes</source>
        <translation>码数量</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="40"/>
        <location filename="../areas/code_batches.py" line="59"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="41"/>
        <source>Rolls × labels</source>
        <translation>卷数 × 每卷张数</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="42"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="43"/>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="44"/>
        <source>Voided</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="45"/>
        <source>Sample code</source>
        <translation>示例码</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="46"/>
        <source>Issued by</source>
        <translation>生码人</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="47"/>
        <source>Issued</source>
        <translation>生码时间</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="50"/>
        <source>Code batches</source>
        <translation>码包管理</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="52"/>
        <source>Batch number, note or product</source>
        <translation>码包号、备注或产品</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="60"/>
        <source>Issue codes…</source>
        <translation>生码…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="62"/>
        <source>Export file…</source>
        <translation>导出印刷文件…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="64"/>
        <source>Allocate…</source>
        <translation>标码授权…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="70"/>
        <source>Print…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="72"/>
        <source>Look up…</source>
        <translation>查询码…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="73"/>
        <source>Settings…</source>
        <translation>码设置…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="66"/>
        <source>Activate…</source>
        <translation>激活…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="68"/>
        <source>Void…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="120"/>
        <source>Allocated serial numbers %1–%2 of %3 to %4.</source>
        <translation>已将码包 %3 的序号 %1–%2 分配给“%4”。</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="129"/>
        <source>%1 left as they were (already voided or not allowed).</source>
        <translation>%1 个未变（已注销或不允许）。</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="138"/>
        <source>Activated %1 code(s).</source>
        <translation>已激活 %1 个码。</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="147"/>
        <source>Voided %1 code(s).</source>
        <translation>已注销 %1 个码。</translation>
    </message>
    <message>
        <location filename="../areas/code_batches.py" line="153"/>
        <source>Code settings saved.</source>
        <translation>码设置已保存。</translation>
    </message>
</context>
<context>
    <name>CodeEventsPage</name>
    <message>
        <location filename="../areas/code_events.py" line="30"/>
        <location filename="../areas/code_events.py" line="46"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="31"/>
        <location filename="../areas/code_events.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="32"/>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="33"/>
        <source>Serial numbers</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="34"/>
        <source>Codes</source>
        <translation>码数量</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="35"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="36"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="37"/>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="38"/>
        <source>Reason / note</source>
        <translation>原因/备注</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="39"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="41"/>
        <source>Code records</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <location filename="../areas/code_events.py" line="43"/>
        <source>Batch number or reason</source>
        <translation>码包号或原因</translation>
    </message>
</context>
<context>
    <name>CodeNames</name>
    <message>
        <location filename="../code_names.py" line="14"/>
        <source>Item</source>
        <translation>单品</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="15"/>
        <source>Case</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="16"/>
        <source>Pallet</source>
        <translation>垛（托盘）</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="22"/>
        <location filename="../code_names.py" line="30"/>
        <source>Digits</source>
        <translation>数字码</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="23"/>
        <source>Short (for QR URLs)</source>
        <translation>短码（用于二维码网址）</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="24"/>
        <source>GS1 (GTIN + serial / SSCC)</source>
        <translation>GS1（GTIN + 序列号 / SSCC）</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="31"/>
        <source>Short</source>
        <translation>短码</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="32"/>
        <source>GS1</source>
        <translation>GS1</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="38"/>
        <source>Issued</source>
        <translation>已生码</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="39"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="40"/>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="41"/>
        <source>Voided</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="47"/>
        <source>Roll</source>
        <translation>卷</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="48"/>
        <source>Pack</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="49"/>
        <source>Sheet</source>
        <translation>张</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="55"/>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="56"/>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="57"/>
        <source>URL (QR content)</source>
        <translation>网址（二维码内容）</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="58"/>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="60"/>
        <source>Roll / pack / sheet number</source>
        <translation>卷号/包号/张号</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="61"/>
        <source>GS1 element string</source>
        <translation>GS1 元素串</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="69"/>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="70"/>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="71"/>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="77"/>
        <source>This PC&apos;s printer</source>
        <translation>本机打印机</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="78"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="79"/>
        <source>Network label printer (ZPL)</source>
        <translation>网络标签打印机 (ZPL)</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="85"/>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="86"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="87"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../code_names.py" line="88"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CodeSettingsDialog</name>
    <message>
        <location filename="../areas/code_settings.py" line="16"/>
        <source>Code settings</source>
        <translation>码设置</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="20"/>
        <source>GS1 Digital Link URIs for GS1 codes (…/01/{GTIN}/21/{serial})</source>
        <translation>GS1 码使用 GS1 数字链接网址（…/01/{GTIN}/21/{序列号}）</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="23"/>
        <source>7–10 digits</source>
        <translation>7–10 位数字</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="26"/>
        <source>Consumer URL base</source>
        <translation>消费者扫码网址前缀</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="29"/>
        <source>GS1 company prefix</source>
        <translation>GS1 厂商识别代码</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="30"/>
        <source>SSCC extension digit</source>
        <translation>SSCC 扩展位</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="48"/>
        <source>Enter a web address starting with https://.</source>
        <translation>请填写以 https:// 开头的网址。</translation>
    </message>
    <message>
        <location filename="../areas/code_settings.py" line="52"/>
        <source>A GS1 company prefix has 7 to 10 digits.</source>
        <translation>GS1 厂商识别代码为 7 至 10 位数字。</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../widgets/status.py" line="20"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../widgets/status.py" line="21"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../widgets/status.py" line="22"/>
        <source>Offline — retrying</source>
        <translation>离线 — 正在重试</translation>
    </message>
</context>
<context>
    <name>ContentEdit</name>
    <message>
        <location filename="../widgets/element_table.py" line="49"/>
        <source>Insert a placeholder</source>
        <translation>插入占位符</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <location filename="../widgets/custom_fields.py" line="63"/>
        <source>This category has no custom fields here.</source>
        <translation>该分类在此没有自定义字段。</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="75"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="82"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="83"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="130"/>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="132"/>
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <location filename="../widgets/custom_fields.py" line="134"/>
        <source>“%1” must be a date (YYYY-MM-DD).</source>
        <translation>“%1”必须是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../widgets/filters.py" line="85"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../widgets/filters.py" line="86"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <location filename="../areas/label_designer.py" line="70"/>
        <source>Edit label template</source>
        <translation>编辑标签模板</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="71"/>
        <source>New label template</source>
        <translation>新增标签模板</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="88"/>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="93"/>
        <source>Active (offered for printing)</source>
        <translation>启用（可用于打印）</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="96"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="97"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="105"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="107"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="108"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="109"/>
        <location filename="../areas/label_designer.py" line="158"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="159"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="163"/>
        <source>The logo must be a PNG or JPEG of at most 512 KB.</source>
        <translation>标志须为不超过 512 KB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="169"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="170"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="177"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入不含空格的编码。</translation>
    </message>
    <message>
        <location filename="../areas/label_designer.py" line="179"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>ElementTable</name>
    <message>
        <location filename="../widgets/element_table.py" line="79"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="79"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="80"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="81"/>
        <source>QR code</source>
        <translation>二维码 (QR)</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="82"/>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="83"/>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="84"/>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="85"/>
        <source>GS1 DataMatrix</source>
        <translation>GS1 DataMatrix</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="87"/>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="87"/>
        <source>Consumer URL</source>
        <translation>消费者扫码网址</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="88"/>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="88"/>
        <source>Roll / pack / sheet number</source>
        <translation>卷号/包号/张号</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="89"/>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="89"/>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="90"/>
        <source>GS1 element string</source>
        <translation>GS1 元素串</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="91"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="92"/>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="92"/>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="93"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="93"/>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="94"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="98"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="98"/>
        <source>Symbology</source>
        <translation>码制</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="98"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="98"/>
        <source>X mm</source>
        <translation>X 毫米</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="99"/>
        <source>Y mm</source>
        <translation>Y 毫米</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="99"/>
        <source>Width mm</source>
        <translation>宽 毫米</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="99"/>
        <source>Height mm</source>
        <translation>高 毫米</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="99"/>
        <source>Font pt</source>
        <translation>字号 pt</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="100"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="107"/>
        <source>Add barcode</source>
        <translation>添加条码</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="109"/>
        <source>Add text</source>
        <translation>添加文字</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="111"/>
        <source>Add logo</source>
        <translation>添加标志</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="112"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="113"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="114"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="261"/>
        <source>Element %1</source>
        <translation>第 %1 个元素</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="263"/>
        <source>width and height must be above 0.</source>
        <translation>宽和高须大于 0。</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="265"/>
        <source>lies outside the label.</source>
        <translation>超出标签范围。</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="267"/>
        <source>needs content.</source>
        <translation>内容不能为空。</translation>
    </message>
    <message>
        <location filename="../widgets/element_table.py" line="269"/>
        <source>choose a logo image first.</source>
        <translation>请先选择标志图片。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../widgets/errors.py" line="17"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <location filename="../widgets/errors.py" line="27"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../widgets/errors.py" line="30"/>
        <source>Reason code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <location filename="../widgets/errors.py" line="42"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../areas/code_export.py" line="338"/>
        <source>Export print file — %1</source>
        <translation>导出印刷文件 — %1</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="341"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="343"/>
        <source>The file is encrypted (AES-256). Give the password or key file to the print shop by another way than the file itself.</source>
        <translation>文件已加密（AES-256）。请通过与文件不同的途径把密码或密钥文件交给印刷厂。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../areas/code_export.py" line="89"/>
        <source>Columns</source>
        <translation>导出列</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="96"/>
        <source>Whole batch</source>
        <translation>整个码包</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="97"/>
        <source>Serial numbers</source>
        <translation>指定序号</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="103"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="108"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="109"/>
        <location filename="../areas/code_export.py" line="226"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="114"/>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="115"/>
        <source>repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="122"/>
        <source>a 32-byte key file</source>
        <translation>32 字节的密钥文件</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="123"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="124"/>
        <source>Create key file…</source>
        <translation>生成密钥文件…</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="125"/>
        <source>Writes 32 random bytes. Hand the key file to the print shop separately from the print file.</source>
        <translation>写入 32 个随机字节。请把密钥文件与印刷文件分开交给印刷厂。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="139"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="149"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="151"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="155"/>
        <source>Codes</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="156"/>
        <source>Protection</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="157"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="219"/>
        <source>Save the print file</source>
        <translation>保存印刷文件</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="221"/>
        <source>Yima print file (*.ypf)</source>
        <translation>一码印刷文件 (*.ypf)</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="232"/>
        <source>Create key file</source>
        <translation>生成密钥文件</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="240"/>
        <source>Key file written. Hand it over separately from the print file; without it the file cannot be opened.</source>
        <translation>密钥文件已生成。请与印刷文件分开交付；没有它文件无法打开。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="246"/>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="248"/>
        <source>The first serial number is after the last.</source>
        <translation>起始序号大于结束序号。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="251"/>
        <source>The password needs at least 12 characters.</source>
        <translation>密码至少需要 12 个字符。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="253"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="257"/>
        <source>Choose a key file of exactly 32 bytes.</source>
        <translation>请选择正好 32 字节的密钥文件。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="259"/>
        <source>Choose where to save the print file.</source>
        <translation>请选择印刷文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="286"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="300"/>
        <source>%1 of %2 codes</source>
        <translation>%1 / %2 个码</translation>
    </message>
    <message numerus="yes">
        <location filename="../areas/code_export.py" line="307"/>
        <source>Exported %Ln code(s) to %1 (%2 KB).</source>
        <translation>
            <numerusform>已导出 %Ln 个码到 %1（%2 KB）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../areas/code_export.py" line="317"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <location filename="../widgets/field_table.py" line="36"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="36"/>
        <source>Key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="36"/>
        <source>Field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="36"/>
        <source>Shown</source>
        <translation>是否显示</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="37"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="37"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="37"/>
        <source>Choices (one per ;)</source>
        <translation>可选值（用 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="43"/>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="45"/>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="46"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="47"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="154"/>
        <source>Field %1: enter the display name.</source>
        <translation>第 %1 个字段：请填写显示名称。</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="156"/>
        <source>Field %1: the key must start with a lower-case letter and hold only a-z, 0-9 and _.</source>
        <translation>第 %1 个字段：字段键须以小写字母开头，只能包含 a-z、0-9 和 _。</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="159"/>
        <source>Field %1: the key “%2” is used twice.</source>
        <translation>第 %1 个字段：字段键“%2”重复。</translation>
    </message>
    <message>
        <location filename="../widgets/field_table.py" line="163"/>
        <source>Field %1: a choice field needs its choices.</source>
        <translation>第 %1 个字段：选项类型的字段须填写可选值。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../widgets/form.py" line="52"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../widgets/form.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImageBox</name>
    <message>
        <location filename="../areas/product_form.py" line="52"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="53"/>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="76"/>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="84"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>请选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="87"/>
        <source>The image is larger than 2 MB.</source>
        <translation>图片超过 2 MB。</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="92"/>
        <source>Product image</source>
        <translation>产品图片</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="93"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../areas/code_issue.py" line="44"/>
        <source>Issue a code batch</source>
        <translation>生码</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="60"/>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="69"/>
        <source>(bind later)</source>
        <translation>（稍后绑定）</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="72"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="74"/>
        <source>%1 digits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="83"/>
        <source>e.g. print order, customer</source>
        <translation>例如：印刷单号、客户</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="90"/>
        <source>Level</source>
        <translation>码级别</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="91"/>
        <source>Format</source>
        <translation>码格式</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="92"/>
        <source>Length</source>
        <translation>码长</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="93"/>
        <source>Number of codes *</source>
        <translation>生码数量 *</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="94"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="95"/>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="96"/>
        <source>Label stock comes in</source>
        <translation>标签单位</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="97"/>
        <source>Labels per roll / pack / sheet</source>
        <translation>每卷/包/张的标签数</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="98"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="100"/>
        <source>New batch</source>
        <translation>新码包</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="106"/>
        <source>Issue</source>
        <translation>生码</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="109"/>
        <source>Print file for the print shop</source>
        <translation>给印刷厂的印刷文件</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="116"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="139"/>
        <source>Digits only, the last one a check digit, like 100165247012980283.</source>
        <translation>纯数字码，末位为校验位，例如 100165247012980283。</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="141"/>
        <source>13 letters and digits (the last a check character): short consumer URLs make small QR codes.</source>
        <translation>13 位字母数字（末位为校验符）：消费者网址短，二维码更小。</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="143"/>
        <source>Pallets get SSCCs; items and cases GTIN (01) + serial (21), so the product (with its GTIN) is required.</source>
        <translation>垛码为 SSCC；单品和箱码为 GTIN (01) + 序列号 (21)，须选择带 GTIN 的产品。</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="148"/>
        <source>That makes %1 rolls / packs / sheets.</source>
        <translation>共 %1 卷/包/张。</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="155"/>
        <source>GS1 codes for items and cases need a product with a GTIN.</source>
        <translation>单品和箱的 GS1 码需要一个有 GTIN 的产品。</translation>
    </message>
    <message>
        <location filename="../areas/code_issue.py" line="179"/>
        <source>Issuing…</source>
        <translation>正在生码…</translation>
    </message>
    <message numerus="yes">
        <location filename="../areas/code_issue.py" line="189"/>
        <source>Batch %1 issued: %Ln code(s), first code %2. Export the print file now, or later from the batch list.</source>
        <translation>
            <numerusform>码包 %1 已生成：%Ln 个码，首个码 %2。可现在导出印刷文件，也可以稍后在码包列表中导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../widgets/label_preview.py" line="138"/>
        <source>%1 × %2 mm, sample data</source>
        <translation>%1 × %2 毫米，示例数据</translation>
    </message>
    <message>
        <location filename="../widgets/label_preview.py" line="151"/>
        <source>the barcode&apos;s modules are smaller than one printer dot; make the element bigger.</source>
        <translation>条码的模块小于一个打印点，请把元素放大。</translation>
    </message>
    <message>
        <location filename="../widgets/label_preview.py" line="155"/>
        <source>GS1 barcodes carry {element_string} (of a GS1 batch) or application identifiers in brackets, e.g. (01){gtin}(10){lot_no}.</source>
        <translation>GS1 条码的内容须为 {element_string}（GS1 码包）或带括号的应用标识符，例如 (01){gtin}(10){lot_no}。</translation>
    </message>
    <message>
        <location filename="../widgets/label_preview.py" line="158"/>
        <source>cannot be drawn (%1).</source>
        <translation>无法绘制（%1）。</translation>
    </message>
    <message>
        <location filename="../widgets/label_preview.py" line="159"/>
        <source>Element %1: %2</source>
        <translation>第 %1 个元素：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../names.py" line="13"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../names.py" line="14"/>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../names.py" line="15"/>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <location filename="../names.py" line="16"/>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../names.py" line="17"/>
        <location filename="../names.py" line="99"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../names.py" line="18"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../names.py" line="19"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../names.py" line="20"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../names.py" line="21"/>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location filename="../names.py" line="28"/>
        <source>Dealer (level %1)</source>
        <translation>%1级经销商</translation>
    </message>
    <message>
        <location filename="../names.py" line="41"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../names.py" line="42"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../names.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../names.py" line="44"/>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../names.py" line="45"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../names.py" line="52"/>
        <location filename="../names.py" line="96"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../names.py" line="53"/>
        <location filename="../names.py" line="98"/>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../names.py" line="58"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../names.py" line="59"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../names.py" line="63"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../names.py" line="64"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../names.py" line="69"/>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../names.py" line="70"/>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../names.py" line="71"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../names.py" line="72"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../names.py" line="73"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../names.py" line="74"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../names.py" line="75"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../names.py" line="76"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../names.py" line="77"/>
        <source>Set image</source>
        <translation>设置图片</translation>
    </message>
    <message>
        <location filename="../names.py" line="78"/>
        <source>Issue codes</source>
        <translation>生码</translation>
    </message>
    <message>
        <location filename="../names.py" line="79"/>
        <source>Allocate</source>
        <translation>标码授权</translation>
    </message>
    <message>
        <location filename="../names.py" line="80"/>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <location filename="../names.py" line="81"/>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../names.py" line="82"/>
        <source>Export</source>
        <translation>导出印刷文件</translation>
    </message>
    <message>
        <location filename="../names.py" line="83"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../names.py" line="84"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../names.py" line="85"/>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <location filename="../names.py" line="86"/>
        <source>Finish printing</source>
        <translation>打印结束</translation>
    </message>
    <message>
        <location filename="../names.py" line="92"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../names.py" line="93"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../names.py" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../names.py" line="95"/>
        <source>Product category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../names.py" line="97"/>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../names.py" line="100"/>
        <source>Code batch</source>
        <translation>码包</translation>
    </message>
    <message>
        <location filename="../names.py" line="101"/>
        <source>Code record</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <location filename="../names.py" line="102"/>
        <source>Code settings</source>
        <translation>码设置</translation>
    </message>
    <message>
        <location filename="../names.py" line="103"/>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <location filename="../names.py" line="104"/>
        <source>Print job</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <location filename="../names.py" line="109"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../names.py" line="110"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../names.py" line="115"/>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <location filename="../names.py" line="116"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../names.py" line="117"/>
        <source>Catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../names.py" line="118"/>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../names.py" line="119"/>
        <source>Warehousing</source>
        <translation>仓储</translation>
    </message>
    <message>
        <location filename="../names.py" line="120"/>
        <source>Codes</source>
        <translation>码管理</translation>
    </message>
    <message>
        <location filename="../names.py" line="121"/>
        <source>Labels and printing</source>
        <translation>标签打印</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <location filename="../areas/lines.py" line="24"/>
        <source>Edit production line</source>
        <translation>编辑产线</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="25"/>
        <source>New production line</source>
        <translation>新增产线</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="31"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="33"/>
        <source>Factory</source>
        <translation>所属工厂</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="34"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="36"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="42"/>
        <source>Choose the factory.</source>
        <translation>请选择工厂。</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="44"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="46"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <location filename="../areas/lines.py" line="65"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="67"/>
        <source>Factory</source>
        <translation>所属工厂</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="68"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="69"/>
        <location filename="../areas/lines.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="71"/>
        <source>Production lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="73"/>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="75"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="76"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="77"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/lines.py" line="78"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../widgets/list_page.py" line="67"/>
        <source>Search…</source>
        <translation>请输入关键字…</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="69"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="71"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="80"/>
        <location filename="../widgets/list_page.py" line="265"/>
        <location filename="../widgets/list_page.py" line="278"/>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="266"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="277"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="277"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_page.py" line="292"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/list_page.py" line="298"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../dialogs/login.py" line="114"/>
        <source>Yima — Sign in</source>
        <translation>一码 — 登录</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="115"/>
        <source>Yima traceability system</source>
        <translation>一码防伪溯源管理系统</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="116"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="116"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="116"/>
        <location filename="../dialogs/login.py" line="141"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="117"/>
        <source>Company code</source>
        <translation>企业代码</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="117"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="117"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="120"/>
        <source>host:port, e.g. 192.168.1.10:50051</source>
        <translation>主机:端口，例如 192.168.1.10:50051</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="121"/>
        <source>Use TLS</source>
        <translation>使用 TLS 加密</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="122"/>
        <source>optional: the server&apos;s CA file (.pem)</source>
        <translation>可选：服务器的 CA 证书文件（.pem）</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="123"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="124"/>
        <source>given by your administrator</source>
        <translation>由管理员提供</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="125"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="126"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="127"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="142"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="155"/>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="158"/>
        <source>Write the server address as host:port.</source>
        <translation>服务器地址的格式为 主机:端口。</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="172"/>
        <source>Cannot read the CA file: %1</source>
        <translation>无法读取 CA 证书文件：%1</translation>
    </message>
    <message>
        <location filename="../dialogs/login.py" line="212"/>
        <source>Your password must be changed before you can continue.</source>
        <translation>必须先修改密码才能继续使用。</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../areas/code_lookup.py" line="37"/>
        <source>Look up a code</source>
        <translation>查询码</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="40"/>
        <source>Scan or paste a code, URL or GS1 element string</source>
        <translation>扫描或粘贴码、网址或 GS1 元素串</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="42"/>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="52"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="52"/>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="53"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="53"/>
        <source>Batch</source>
        <translation>码包</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="54"/>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="54"/>
        <source>Roll</source>
        <translation>卷号</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="55"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="55"/>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="56"/>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="57"/>
        <source>Activated</source>
        <translation>激活时间</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="57"/>
        <source>Voided</source>
        <translation>注销时间</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="58"/>
        <source>Void reason</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="58"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../areas/code_lookup.py" line="82"/>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
</context>
<context>
    <name>LotForm</name>
    <message>
        <location filename="../areas/lots.py" line="28"/>
        <source>Edit production lot</source>
        <translation>编辑生产批次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="29"/>
        <source>New production lot</source>
        <translation>新增生产批次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="40"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="43"/>
        <source>e.g. A, B, night</source>
        <translation>例如：甲班、乙班、夜班</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="44"/>
        <source>(the line&apos;s factory)</source>
        <translation>（产线所属工厂）</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="46"/>
        <source>Lot fields of the category</source>
        <translation>分类的批次字段</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="47"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="48"/>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="49"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="50"/>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="51"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="52"/>
        <source>Factory</source>
        <translation>生产工厂</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="84"/>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="86"/>
        <source>Enter the lot number.</source>
        <translation>请输入批次号。</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../areas/lots.py" line="108"/>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="109"/>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="110"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="111"/>
        <location filename="../areas/lots.py" line="120"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="112"/>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="113"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="114"/>
        <source>Factory</source>
        <translation>生产工厂</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="115"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="117"/>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="119"/>
        <source>Lot number, product or shift</source>
        <translation>批次号、产品或班次</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="124"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="125"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="127"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/lots.py" line="151"/>
        <source>Delete the lot “%1”?</source>
        <translation>确定删除生产批次“%1”吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="39"/>
        <source>Yima traceability system — %1</source>
        <translation>一码防伪溯源管理系统 — %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Your account has no areas to open. Ask your administrator for a role.</source>
        <translation>您的账号没有可用的功能，请联系管理员分配角色。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>About Yima…</source>
        <translation>关于一码…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Organisation: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>About Yima</source>
        <translation>关于一码</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183"/>
        <source>&lt;b&gt;Yima (一码) %1&lt;/b&gt;&lt;br&gt;One item, one code: anti-counterfeiting, traceability and anti-diversion.&lt;br&gt;Server: %2</source>
        <translation>&lt;b&gt;一码 %1&lt;/b&gt;&lt;br&gt;一物一码：防伪、溯源、防窜货。&lt;br&gt;服务器：%2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
</context>
<context>
    <name>MoveOrganisationDialog</name>
    <message>
        <location filename="../areas/organisation_form.py" line="97"/>
        <source>Move organisation</source>
        <translation>移动组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="100"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="102"/>
        <source>New parent</source>
        <translation>新的上级组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="103"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="107"/>
        <source>Choose the new parent organisation.</source>
        <translation>请选择新的上级组织。</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="109"/>
        <source>The organisation is already there.</source>
        <translation>该组织已在此上级组织之下。</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../areas/organisation_form.py" line="28"/>
        <source>New organisation</source>
        <translation>新增组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="29"/>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="44"/>
        <source>6-digit division code, e.g. 370100</source>
        <translation>6 位行政区划代码，例如 370100</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="49"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="52"/>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="54"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="55"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="57"/>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="58"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="59"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="60"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="68"/>
        <source>Choose the parent organisation.</source>
        <translation>请选择上级组织。</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="70"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="72"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../areas/organisation_form.py" line="75"/>
        <source>The region code has 6 digits.</source>
        <translation>行政区划代码为 6 位数字。</translation>
    </message>
</context>
<context>
    <name>OrganisationTree</name>
    <message>
        <location filename="../areas/organisations.py" line="32"/>
        <source>Organisation structure</source>
        <translation>组织结构</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../areas/organisations.py" line="102"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="103"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="104"/>
        <location filename="../areas/organisations.py" line="118"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="106"/>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="107"/>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="108"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="109"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="122"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="111"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="114"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="116"/>
        <source>Code, name, contact or phone</source>
        <translation>编码、名称、联系人或电话</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="110"/>
        <location filename="../areas/organisations.py" line="121"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="122"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="123"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="124"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="126"/>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="128"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="187"/>
        <source>Delete the organisation “%1”?</source>
        <translation>确定删除组织“%1”吗？</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../widgets/pager.py" line="19"/>
        <source>First</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="20"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="21"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="22"/>
        <source>Last</source>
        <translation>末页</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="27"/>
        <source>Go to page</source>
        <translation>跳转到指定页</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="31"/>
        <source>%1 per page</source>
        <translation>每页 %1 条</translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="39"/>
        <source>Go to</source>
        <translation>跳至</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pager.py" line="59"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pager.py" line="60"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../areas/print_dialog.py" line="84"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="109"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="118"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="129"/>
        <source>Choose printer…</source>
        <translation>选择打印机…</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="136"/>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>例如 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="139"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="154"/>
        <source>Code batch *</source>
        <translation>码包 *</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="155"/>
        <source>Serial numbers *</source>
        <translation>序号 *</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="156"/>
        <source>Label template *</source>
        <translation>标签模板 *</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="157"/>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="158"/>
        <source>Print to</source>
        <translation>打印到</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="164"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="167"/>
        <source>Stop printing</source>
        <translation>停止打印</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="169"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="226"/>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="249"/>
        <source>(the default printer)</source>
        <translation>（默认打印机）</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="273"/>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="274"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="290"/>
        <source>Choose the code batch.</source>
        <translation>请选择码包。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="292"/>
        <source>Choose the label template.</source>
        <translation>请选择标签模板。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="295"/>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="297"/>
        <source>At most 10,000 labels per print job; print in several jobs.</source>
        <translation>每个打印任务最多 10,000 张标签，请分批打印。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="301"/>
        <source>Enter the label printer&apos;s address, e.g. 192.168.1.50:9100.</source>
        <translation>请填写标签打印机地址，例如 192.168.1.50:9100。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="304"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="327"/>
        <source>Preparing the print job…</source>
        <translation>正在准备打印任务…</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="351"/>
        <source>Nothing printed.</source>
        <translation>未打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../areas/print_dialog.py" line="367"/>
        <source>Printing %Ln label(s)…</source>
        <translation>
            <numerusform>正在打印 %Ln 张标签…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../areas/print_dialog.py" line="398"/>
        <source>Print job %1: %2, %Ln label(s) printed.</source>
        <translation>
            <numerusform>打印任务 %1：%2（打印了 %Ln 张标签）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <location filename="../areas/print_jobs.py" line="26"/>
        <source>Job</source>
        <translation>任务号</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="27"/>
        <location filename="../areas/print_jobs.py" line="52"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="29"/>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="30"/>
        <source>Serial numbers</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="32"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="33"/>
        <source>Printed to</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="34"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="35"/>
        <location filename="../areas/print_jobs.py" line="49"/>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="37"/>
        <source>Reprint reason</source>
        <translation>重打原因</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="38"/>
        <location filename="../areas/print_jobs.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="39"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="40"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="41"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="42"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="44"/>
        <source>Print jobs</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="45"/>
        <source>User, printer or reprint reason</source>
        <translation>用户、打印机或重打原因</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="50"/>
        <source>Reprints only</source>
        <translation>仅重打</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="51"/>
        <source>First prints only</source>
        <translation>仅首次打印</translation>
    </message>
    <message>
        <location filename="../areas/print_jobs.py" line="57"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../areas/product_form.py" line="105"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="106"/>
        <source>New product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="113"/>
        <source>e.g. 4L</source>
        <translation>例如：4L</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="115"/>
        <source>8, 12, 13 or 14 digits</source>
        <translation>8、12、13 或 14 位数字</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="120"/>
        <source>e.g. bottle</source>
        <translation>例如：瓶</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="127"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="130"/>
        <source>Custom fields of the category</source>
        <translation>分类的自定义字段</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="132"/>
        <source>Category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="133"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="135"/>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="136"/>
        <source>GTIN</source>
        <translation>GTIN（商品条码）</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="137"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="138"/>
        <source>Colour number</source>
        <translation>色号</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="139"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="140"/>
        <source>Items per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="141"/>
        <source>Cases per pallet</source>
        <translation>每托箱数</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="142"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="143"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="166"/>
        <source>Choose the category.</source>
        <translation>请选择产品分类。</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="168"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="170"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../areas/product_form.py" line="172"/>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>GTIN 应为 8、12、13 或 14 位数字。</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../areas/products.py" line="22"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="24"/>
        <location filename="../areas/products.py" line="35"/>
        <source>Category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="25"/>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="26"/>
        <source>GTIN</source>
        <translation>GTIN（商品条码）</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="27"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="28"/>
        <source>Items per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="29"/>
        <source>Cases per pallet</source>
        <translation>每托箱数</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="30"/>
        <location filename="../areas/products.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="31"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="33"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="34"/>
        <source>Code, name, spec, GTIN or barcode</source>
        <translation>编码、名称、规格、GTIN 或条码</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="39"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="39"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="40"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="42"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="44"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/products.py" line="73"/>
        <source>Delete the product “%1”?</source>
        <translation>确定删除产品“%1”吗？</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../areas/print_dialog.py" line="54"/>
        <location filename="../areas/print_dialog.py" line="63"/>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="55"/>
        <source>To print them again, give the reason:</source>
        <translation>如需重打，请填写原因：</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="59"/>
        <source>e.g. labels jammed in the printer</source>
        <translation>例如：打印机卡纸</translation>
    </message>
    <message>
        <location filename="../areas/print_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../areas/user_form.py" line="144"/>
        <location filename="../areas/user_form.py" line="157"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="146"/>
        <source>Set a new password for “%1”. Their sessions end, a lockout is cleared, and they must change the password at next sign-in.</source>
        <translation>为“%1”设置新密码。该用户的登录会话将失效、锁定将解除，下次登录时须修改密码。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="155"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="156"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="161"/>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="163"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../areas/roles.py" line="25"/>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="25"/>
        <source>New role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="37"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="34"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="36"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="66"/>
        <source>You do not hold this permission, so you cannot grant it.</source>
        <translation>您没有此权限，因此不能授予。</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="83"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="85"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../areas/roles.py" line="105"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="107"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="108"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="109"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="110"/>
        <source>Built-in</source>
        <translation>系统内置</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="112"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="113"/>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="114"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="115"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="117"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/roles.py" line="140"/>
        <source>Delete the role “%1”?</source>
        <translation>确定删除角色“%1”吗？</translation>
    </message>
</context>
<context>
    <name>SelectionEditor</name>
    <message>
        <location filename="../areas/code_actions.py" line="77"/>
        <source>Whole batch</source>
        <translation>整个码包</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="77"/>
        <source>Rolls</source>
        <translation>按卷号</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="78"/>
        <source>Serial numbers</source>
        <translation>按序号</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="78"/>
        <source>List of codes</source>
        <translation>按码清单</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="99"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="107"/>
        <source>Paste or scan codes, one per line</source>
        <translation>粘贴或扫描码，每行一个</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="133"/>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="149"/>
        <source>Paste or scan at least one code.</source>
        <translation>请至少粘贴或扫描一个码。</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="151"/>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../areas/label_templates.py" line="23"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="25"/>
        <location filename="../areas/label_templates.py" line="34"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="26"/>
        <source>Size (mm)</source>
        <translation>尺寸（毫米）</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="27"/>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="29"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="31"/>
        <source>Label templates</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="33"/>
        <source>Code or name</source>
        <translation>编码或名称</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="36"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="38"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="40"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/label_templates.py" line="70"/>
        <source>Delete the label template “%1”?</source>
        <translation>确定删除标签模板“%1”吗？</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../areas/user_form.py" line="32"/>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="32"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="42"/>
        <source>Follow the client</source>
        <translation>跟随客户端</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="46"/>
        <source>Active (may sign in)</source>
        <translation>启用（允许登录）</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="55"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="56"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="57"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="59"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="60"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="62"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="63"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="64"/>
        <source>The user must change this password at first sign-in.</source>
        <translation>用户首次登录时须修改此密码。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="69"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="108"/>
        <source>Choose the organisation.</source>
        <translation>请选择组织。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="110"/>
        <source>Enter a username without spaces.</source>
        <translation>请输入用户名（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="112"/>
        <source>Enter the full name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="114"/>
        <source>The email address looks wrong.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="117"/>
        <source>Enter an initial password.</source>
        <translation>请输入初始密码。</translation>
    </message>
    <message>
        <location filename="../areas/user_form.py" line="119"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../areas/users.py" line="22"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="23"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="24"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="25"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="27"/>
        <location filename="../areas/users.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="28"/>
        <source>Last sign-in</source>
        <translation>最后登录时间</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="30"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="32"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="33"/>
        <source>Username, name, phone or email</source>
        <translation>用户名、姓名、电话或邮箱</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="35"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="36"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="37"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="38"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="40"/>
        <location filename="../areas/users.py" line="55"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="42"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="49"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="54"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/users.py" line="90"/>
        <source>The password of “%1” has been reset.</source>
        <translation>已重置“%1”的密码。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../areas/code_actions.py" line="262"/>
        <source>Void codes — %1</source>
        <translation>注销码 — %1</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="269"/>
        <source>e.g. damaged labels, misprint</source>
        <translation>例如：标签破损、印错</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="271"/>
        <source>Codes</source>
        <translation>码范围</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="272"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="273"/>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../areas/code_actions.py" line="279"/>
        <source>Say why these codes are voided.</source>
        <translation>请填写注销原因。</translation>
    </message>
</context>
<context>
    <name>WarehouseForm</name>
    <message>
        <location filename="../areas/warehouses.py" line="24"/>
        <source>Edit warehouse</source>
        <translation>编辑仓库</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="25"/>
        <source>New warehouse</source>
        <translation>新增仓库</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="34"/>
        <source>6-digit division code, e.g. 370100</source>
        <translation>6 位行政区划代码，例如 370100</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="35"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="37"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="38"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="40"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="41"/>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="47"/>
        <source>Choose the organisation.</source>
        <translation>请选择组织。</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="49"/>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="51"/>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="54"/>
        <source>The region code has 6 digits.</source>
        <translation>行政区划代码为 6 位数字。</translation>
    </message>
</context>
<context>
    <name>WarehousesPage</name>
    <message>
        <location filename="../areas/warehouses.py" line="74"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="76"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="77"/>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="78"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="79"/>
        <location filename="../areas/warehouses.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="81"/>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="83"/>
        <source>Code, name, address or organisation</source>
        <translation>编码、名称、地址或组织</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="85"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="86"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="87"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../areas/warehouses.py" line="89"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
</TS>
