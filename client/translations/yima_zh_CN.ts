<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivateDialog</name>
    <message>
        <source>Activate codes — %1</source>
        <translation>激活码 — %1</translation>
    </message>
    <message>
        <source>(the batch&apos;s product: %1)</source>
        <translation>（码包的产品：%1）</translation>
    </message>
    <message>
        <source>(choose the product)</source>
        <translation>（请选择产品）</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>（不指定批次）</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码范围</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Choose the product these codes go on.</source>
        <translation>请选择这些码所贴的产品。</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <source>Alert settings</source>
        <translation>预警设置</translation>
    </message>
    <message>
        <source>Send alerts by SMS to the recipients</source>
        <translation>预警以短信发送给接收人</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Alert when a query suggests a copied label</source>
        <translation>查询显示标签可能被复制时预警</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Normal alert: one code queried this often</source>
        <translation>普通预警：单个码号查询次数达到</translation>
    </message>
    <message>
        <source>Important alert: one code queried this often</source>
        <translation>重要预警：单个码号查询次数达到</translation>
    </message>
    <message>
        <source>Copied labels</source>
        <translation>复制标签</translation>
    </message>
    <message>
        <source>Code guessing: unknown codes from one network in 10 minutes</source>
        <translation>枚举预警：同一网络 10 分钟内查询不存在的码达到</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警内容</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>防伪码</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <source>Code, network or product</source>
        <translation>防伪码、网络或产品</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Alert settings…</source>
        <translation>预警设置…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>已发送 %1/%2</translation>
    </message>
    <message>
        <source>(%1 failed)</source>
        <translation>（%1 条失败）</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate rolls — %1</source>
        <translation>标码授权 — %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln roll(s), %1 labels each</source>
        <translation>
            <numerusform>共 %Ln 卷，每卷 %1 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Choose the licensed factory.</source>
        <translation>请选择授权工厂。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>System management</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Product management</source>
        <translation>产品管理</translation>
    </message>
    <message>
        <source>Production management</source>
        <translation>生产管理</translation>
    </message>
    <message>
        <source>Warehouse management</source>
        <translation>仓储管理</translation>
    </message>
    <message>
        <source>Code management</source>
        <translation>码管理</translation>
    </message>
    <message>
        <source>Labels and printing</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <source>Orders and shipping</source>
        <translation>订单与出库</translation>
    </message>
    <message>
        <source>Anti-counterfeiting</source>
        <translation>防伪应用</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>码关联</translation>
    </message>
    <message>
        <source>Warehousing and channel</source>
        <translation>仓储与渠道</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Production lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code batches</source>
        <translation>码包管理</translation>
    </message>
    <message>
        <source>Code records</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <source>Label templates</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>装箱工位</translation>
    </message>
    <message>
        <source>Collection records</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Exceptional shipments</source>
        <translation>异常出库</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock units</source>
        <translation>库存明细</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <source>Store sales</source>
        <translation>门店销售</translation>
    </message>
    <message>
        <source>Receipt discrepancies</source>
        <translation>收货差异</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Trace a code</source>
        <translation>跟踪查询</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Warehouse locations</source>
        <translation>库位管理</translation>
    </message>
    <message>
        <source>Low-stock warnings</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>查询记录</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <source>Alert recipients</source>
        <translation>短信接收人</translation>
    </message>
    <message>
        <source>Response templates</source>
        <translation>报读设置</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <source>Certificates and reports</source>
        <translation>证书与质检报告</translation>
    </message>
    <message>
        <source>Verification codes</source>
        <translation>验证码设置</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求内容</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录，查看变更内容。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4 %5 #%6</source>
        <translation>%1 — %2（%3），%4%5 #%6</translation>
    </message>
    <message>
        <source>[refused: %1]</source>
        <translation>[已拒绝：%1]</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>对象ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User, call, record or ID</source>
        <translation>用户、接口、对象或ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>确定删除产品分类“%1”吗？</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <source>Edit category</source>
        <translation>编辑产品分类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新增产品分类</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Please choose your own password before you continue.</source>
        <translation>您的密码由管理员设置，请先修改为您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChangeProductDialog</name>
    <message>
        <source>Change product of record %1</source>
        <translation>变更采集记录 %1 的产品</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>（不指定批次）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ChoiceFilter</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CodeActions</name>
    <message>
        <source>%1 codes</source>
        <translation>%1 个码</translation>
    </message>
    <message>
        <source>%1 rolls of %2</source>
        <translation>%1 卷 × 每卷 %2 张</translation>
    </message>
</context>
<context>
    <name>CodeBatchesPage</name>
    <message>
        <source>%1 × %3 per %2</source>
        <translation>%1 %2 × 每%2 %3 张</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码数量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Rolls × labels</source>
        <translation>卷数 × 每卷张数</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Sample code</source>
        <translation>示例码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>生码人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>生码时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code batches</source>
        <translation>码包管理</translation>
    </message>
    <message>
        <source>Batch number, note or product</source>
        <translation>码包号、备注或产品</translation>
    </message>
    <message>
        <source>Issue codes…</source>
        <translation>生码…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>导出印刷文件…</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>标码授权…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Look up…</source>
        <translation>查询码…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>码设置…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>激活…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <source>Allocated serial numbers %1–%2 of %3 to %4.</source>
        <translation>已将码包 %3 的序号 %1–%2 分配给“%4”。</translation>
    </message>
    <message>
        <source>%1 left as they were (already voided or not allowed).</source>
        <translation>%1 个未变（已注销或不允许）。</translation>
    </message>
    <message>
        <source>Activated %1 code(s).</source>
        <translation>已激活 %1 个码。</translation>
    </message>
    <message>
        <source>Voided %1 code(s).</source>
        <translation>已注销 %1 个码。</translation>
    </message>
    <message>
        <source>Code settings saved.</source>
        <translation>码设置已保存。</translation>
    </message>
</context>
<context>
    <name>CodeEventsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码数量</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>原因/备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Code records</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <source>Batch number or reason</source>
        <translation>码包号或原因</translation>
    </message>
</context>
<context>
    <name>CodeNames</name>
    <message>
        <source>Item</source>
        <translation>单品</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>垛（托盘）</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字码</translation>
    </message>
    <message>
        <source>Short (for QR URLs)</source>
        <translation>短码（用于二维码网址）</translation>
    </message>
    <message>
        <source>GS1 (GTIN + serial / SSCC)</source>
        <translation>GS1（GTIN + 序列号 / SSCC）</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短码</translation>
    </message>
    <message>
        <source>GS1</source>
        <translation>GS1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已生码</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>张</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>URL (QR content)</source>
        <translation>网址（二维码内容）</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Roll / pack / sheet number</source>
        <translation>卷号/包号/张号</translation>
    </message>
    <message>
        <source>GS1 element string</source>
        <translation>GS1 元素串</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>This PC&apos;s printer</source>
        <translation>本机打印机</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Network label printer (ZPL)</source>
        <translation>网络标签打印机 (ZPL)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CodeSettingsDialog</name>
    <message>
        <source>Code settings</source>
        <translation>码设置</translation>
    </message>
    <message>
        <source>GS1 Digital Link URIs for GS1 codes (…/01/{GTIN}/21/{serial})</source>
        <translation>GS1 码使用 GS1 数字链接网址（…/01/{GTIN}/21/{序列号}）</translation>
    </message>
    <message>
        <source>7–10 digits</source>
        <translation>7–10 位数字</translation>
    </message>
    <message>
        <source>Consumer URL base</source>
        <translation>消费者扫码网址前缀</translation>
    </message>
    <message>
        <source>GS1 company prefix</source>
        <translation>GS1 厂商识别代码</translation>
    </message>
    <message>
        <source>SSCC extension digit</source>
        <translation>SSCC 扩展位</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>请填写以 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>A GS1 company prefix has 7 to 10 digits.</source>
        <translation>GS1 厂商识别代码为 7 至 10 位数字。</translation>
    </message>
</context>
<context>
    <name>CollectionRecordsPage</name>
    <message>
        <source>Record no.</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>采集箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>托数</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>采集产线</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始采集时间</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>开始上传时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Collection records</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <source>Product, lot, line or station</source>
        <translation>产品、批次、产线或工位</translation>
    </message>
    <message>
        <source>Change product…</source>
        <translation>变更产品…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Case or pallet…</source>
        <translation>查看箱/托…</translation>
    </message>
    <message>
        <source>Packing settings…</source>
        <translation>装箱设置…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>防伪码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complaints and suggestions</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <source>Message, code, contact or product</source>
        <translation>内容、防伪码、联系方式或产品</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>处理…</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>离线 — 正在重试</translation>
    </message>
</context>
<context>
    <name>ContainerDialog</name>
    <message>
        <source>Case or pallet</source>
        <translation>箱/托盘</translation>
    </message>
    <message>
        <source>Scan a case, pallet or item code</source>
        <translation>扫描箱码、托盘码或单品码</translation>
    </message>
    <message>
        <source>Why (required for every change)</source>
        <translation>原因（每次修改都必须填写）</translation>
    </message>
    <message>
        <source>Remove checked</source>
        <translation>移出勾选的码</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>全部移出</translation>
    </message>
    <message>
        <source>new item code</source>
        <translation>新单品码</translation>
    </message>
    <message>
        <source>code of the item taken out</source>
        <translation>被换下的单品码</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>补打标签</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Contents (check what to take out)</source>
        <translation>内装（勾选要移出的码）</translation>
    </message>
    <message>
        <source>Quality check: replace an item (scan the new one, then the one taken out)</source>
        <translation>质检替换：先扫新单品码，再扫被换下的单品码</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>位于托盘 %1</translation>
    </message>
    <message>
        <source>in a station&apos;s open case or pallet</source>
        <translation>在工位未封的箱或托盘中</translation>
    </message>
    <message>
        <source>holds %1 (%2 items)</source>
        <translation>内装 %1 件（共 %2 个单品）</translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>请先填写原因。</translation>
    </message>
    <message>
        <source>Check the codes to take out.</source>
        <translation>请勾选要移出的码。</translation>
    </message>
    <message>
        <source>Scan the new item, then the one taken out.</source>
        <translation>请先扫新单品码，再扫被换下的单品码。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ContentEdit</name>
    <message>
        <source>Insert a placeholder</source>
        <translation>插入占位符</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <source>This category has no custom fields here.</source>
        <translation>该分类在此没有自定义字段。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>“%1” must be a date (YYYY-MM-DD).</source>
        <translation>“%1”必须是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Exceptional shipment %1</source>
        <translation>异常出库申请 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>审批意见（驳回时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>You requested this: another approver decides on it.</source>
        <translation>这是您本人提交的申请，须由其他审批人审批。</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请填写驳回原因。</translation>
    </message>
</context>
<context>
    <name>DeleteRecordDialog</name>
    <message>
        <source>Delete record %1</source>
        <translation>删除采集记录 %1</translation>
    </message>
    <message>
        <source>The %1 cases and %2 items of this record are taken out of their cases and pallets. The codes stay activated.</source>
        <translation>本记录的 %1 箱、%2 个单品将从所在的箱和托盘中移出（撤销关联）。码仍保持激活。</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>将会发生</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <source>Edit label template</source>
        <translation>编辑标签模板</translation>
    </message>
    <message>
        <source>New label template</source>
        <translation>新增标签模板</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Active (offered for printing)</source>
        <translation>启用（可用于打印）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG of at most 512 KB.</source>
        <translation>标志须为不超过 512 KB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入不含空格的编码。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesPage</name>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Settled as</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Receipt discrepancies</source>
        <translation>收货差异</translation>
    </message>
    <message>
        <source>Shipment number</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Settle discrepancy</source>
        <translation>处理收货差异</translation>
    </message>
    <message>
        <source>How was %1 settled (found, written off, shipped again…)?</source>
        <translation>%1 是如何处理的（已找到、已核销、已补发……）？</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Add a certificate or report</source>
        <translation>添加证书或质检报告</translation>
    </message>
    <message>
        <source>A product (every lot)</source>
        <translation>产品（所有批次）</translation>
    </message>
    <message>
        <source>One production lot</source>
        <translation>单个生产批次</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File (PDF, PNG, JPEG)</source>
        <translation>文件（PDF、PNG、JPEG）</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>文档 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose what the document belongs to.</source>
        <translation>请选择文件所属的产品或批次。</translation>
    </message>
    <message>
        <source>Enter the title consumers see.</source>
        <translation>请填写消费者看到的标题。</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or JPEG file.</source>
        <translation>请选择 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The file is larger than 5 MiB.</source>
        <translation>文件超过 5 MiB。</translation>
    </message>
</context>
<context>
    <name>DocumentScanner</name>
    <message>
        <source>Scan a pallet, case or item code</source>
        <translation>扫描托盘码、箱码或单品码</translation>
    </message>
    <message>
        <source>Take out (scan to remove)</source>
        <translation>撤出（扫码移除）</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>Offline — %1 pending</source>
        <translation>离线 — %1 条待发送</translation>
    </message>
    <message>
        <source>Sending — %1 pending</source>
        <translation>发送中 — %1 条待发送</translation>
    </message>
</context>
<context>
    <name>DocumentStation</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel document…</source>
        <translation>作废单据…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Wait until every scan has been sent.</source>
        <translation>请等待所有扫描发送完成。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>原因（可不填）：</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>every lot</source>
        <translation>所有批次</translation>
    </message>
    <message>
        <source>Size (KiB)</source>
        <translation>大小 (KiB)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Certificates and reports</source>
        <translation>证书与质检报告</translation>
    </message>
    <message>
        <source>Title, product or lot</source>
        <translation>标题、产品或批次</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “%1”? Product pages stop showing it.</source>
        <translation>删除“%1”？产品页面将不再显示它。</translation>
    </message>
</context>
<context>
    <name>ElementTable</name>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码 (QR)</translation>
    </message>
    <message>
        <source>Data Matrix</source>
        <translation>Data Matrix</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>GS1-128</source>
        <translation>GS1-128</translation>
    </message>
    <message>
        <source>GS1 DataMatrix</source>
        <translation>GS1 DataMatrix</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Consumer URL</source>
        <translation>消费者扫码网址</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Roll / pack / sheet number</source>
        <translation>卷号/包号/张号</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>GS1 element string</source>
        <translation>GS1 元素串</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>码制</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>X mm</source>
        <translation>X 毫米</translation>
    </message>
    <message>
        <source>Y mm</source>
        <translation>Y 毫米</translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation>宽 毫米</translation>
    </message>
    <message>
        <source>Height mm</source>
        <translation>高 毫米</translation>
    </message>
    <message>
        <source>Font pt</source>
        <translation>字号 pt</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Add barcode</source>
        <translation>添加条码</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>添加文字</translation>
    </message>
    <message>
        <source>Add logo</source>
        <translation>添加标志</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Element %1</source>
        <translation>第 %1 个元素</translation>
    </message>
    <message>
        <source>width and height must be above 0.</source>
        <translation>宽和高须大于 0。</translation>
    </message>
    <message>
        <source>lies outside the label.</source>
        <translation>超出标签范围。</translation>
    </message>
    <message>
        <source>needs content.</source>
        <translation>内容不能为空。</translation>
    </message>
    <message>
        <source>choose a logo image first.</source>
        <translation>请先选择标志图片。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>ExceptionalForm</name>
    <message>
        <source>New exceptional shipment request</source>
        <translation>新增异常出库申请</translation>
    </message>
    <message>
        <source>e.g. Mid-Autumn gifts for 120 staff</source>
        <translation>例如：中秋节员工福利（120 人）</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Choose the warehouse.</source>
        <translation>请选择仓库。</translation>
    </message>
    <message>
        <source>Say what the goods are for.</source>
        <translation>请说明出库用途。</translation>
    </message>
</context>
<context>
    <name>ExceptionalPage</name>
    <message>
        <source>Request number</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Exceptional shipments</source>
        <translation>异常出库</translation>
    </message>
    <message>
        <source>Request number, explanation, warehouse or requester</source>
        <translation>申请单号、原因说明、仓库或申请人</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新增申请</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Approve or reject…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>已提交申请 %1。</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>申请 %1：%2。</translation>
    </message>
    <message>
        <source>Request %1 withdrawn.</source>
        <translation>已撤回申请 %1。</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange a damaged item</source>
        <translation>破损品换货</translation>
    </message>
    <message>
        <source>Scan the damaged item</source>
        <translation>扫描破损品的码</translation>
    </message>
    <message>
        <source>Scan the replacement from stock</source>
        <translation>扫描库存中换出的产品</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>破损品</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换出品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Sold by %1 on %2</source>
        <translation>由 %1 于 %2 售出</translation>
    </message>
    <message>
        <source>Can be exchanged here</source>
        <translation>可在本店换货</translation>
    </message>
    <message>
        <source>Exchanged %1 for %2</source>
        <translation>已将 %1 换为 %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export print file — %1</source>
        <translation>导出印刷文件 — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The file is encrypted (AES-256). Give the password or key file to the print shop by another way than the file itself.</source>
        <translation>文件已加密（AES-256）。请通过与文件不同的途径把密码或密钥文件交给印刷厂。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Columns</source>
        <translation>导出列</translation>
    </message>
    <message>
        <source>Whole batch</source>
        <translation>整个码包</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>指定序号</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>至少 12 个字符</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>a 32-byte key file</source>
        <translation>32 字节的密钥文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Create key file…</source>
        <translation>生成密钥文件…</translation>
    </message>
    <message>
        <source>Writes 32 random bytes. Hand the key file to the print shop separately from the print file.</source>
        <translation>写入 32 个随机字节。请把密钥文件与印刷文件分开交给印刷厂。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save the print file</source>
        <translation>保存印刷文件</translation>
    </message>
    <message>
        <source>Yima print file (*.ypf)</source>
        <translation>一码印刷文件 (*.ypf)</translation>
    </message>
    <message>
        <source>Create key file</source>
        <translation>生成密钥文件</translation>
    </message>
    <message>
        <source>Key file written. Hand it over separately from the print file; without it the file cannot be opened.</source>
        <translation>密钥文件已生成。请与印刷文件分开交付；没有它文件无法打开。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>The first serial number is after the last.</source>
        <translation>起始序号大于结束序号。</translation>
    </message>
    <message>
        <source>The password needs at least 12 characters.</source>
        <translation>密码至少需要 12 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Choose a key file of exactly 32 bytes.</source>
        <translation>请选择正好 32 字节的密钥文件。</translation>
    </message>
    <message>
        <source>Choose where to save the print file.</source>
        <translation>请选择印刷文件的保存位置。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%1 / %2 个码</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln code(s) to %1 (%2 KB).</source>
        <translation>
            <numerusform>已导出 %Ln 个码到 %1（%2 KB）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>是否显示</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Choices (one per ;)</source>
        <translation>可选值（用 ; 分隔）</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Field %1: enter the display name.</source>
        <translation>第 %1 个字段：请填写显示名称。</translation>
    </message>
    <message>
        <source>Field %1: the key must start with a lower-case letter and hold only a-z, 0-9 and _.</source>
        <translation>第 %1 个字段：字段键须以小写字母开头，只能包含 a-z、0-9 和 _。</translation>
    </message>
    <message>
        <source>Field %1: the key “%2” is used twice.</source>
        <translation>第 %1 个字段：字段键“%2”重复。</translation>
    </message>
    <message>
        <source>Field %1: a choice field needs its choices.</source>
        <translation>第 %1 个字段：选项类型的字段须填写可选值。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FuzzyDialog</name>
    <message>
        <source>Fuzzy association</source>
        <translation>模糊匹配</translation>
    </message>
    <message>
        <source>Links the case to consecutive item codes, starting from the first one, without scanning each bottle. Only use it when the items were printed and filled in sequence. Limitation: a bottle&apos;s own channel data is exact only when goods ship in order and in whole groups; otherwise only the case code tells exactly where goods went.</source>
        <translation>从首个单品码起，把连续的单品码关联到此箱，无需逐瓶扫描。仅在单品码按顺序印刷、按顺序灌装时使用。局限：只有按顺序并整组发货时，瓶码才能查到准确的渠道信息；否则只有箱码能准确说明货物去向。</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>箱码</translation>
    </message>
    <message>
        <source>First item code</source>
        <translation>首个单品码</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <source>Handle complaint</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>What was done, e.g. called back, replaced</source>
        <translation>处理情况，如已回电、已换货</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>处理说明</translation>
    </message>
</context>
<context>
    <name>HoldingsPage</name>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Several</source>
        <translation>多种</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Stock units</source>
        <translation>库存明细</translation>
    </message>
    <message>
        <source>Holder, warehouse, location or product</source>
        <translation>持有方、仓库、库位或产品</translation>
    </message>
</context>
<context>
    <name>ImageBox</name>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>请选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The image is larger than 2 MB.</source>
        <translation>图片超过 2 MB。</translation>
    </message>
    <message>
        <source>Product image</source>
        <translation>产品图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sales orders</source>
        <translation>导入销售订单</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file exported from the ERP</source>
        <translation>从 ERP 导出的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>(named in the file)</source>
        <translation>（按文件中的仓库）</translation>
    </message>
    <message>
        <source>Import the orders as confirmed</source>
        <translation>导入后直接设为已确认</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Shipping warehouse</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>One row per order line; rows with the same order number make one order. Required columns: 订单号 / Order No, 客户编码 / Customer code, 产品编码 / Product code (or GTIN), 数量 / Quantity. Optional: 发货仓库 / Warehouse (else the one chosen above), 要货日期 / Requested date, 单位 / Unit (箱 or 件 = cases; empty, 瓶 or 桶 = items), 备注 / Note. Other columns are ignored. A file with any problem imports nothing.</source>
        <translation>每行一条订单明细，订单号相同的行合为一张订单。必需的列：订单号、客户编码、产品编码（或 GTIN 条码）、数量。可选的列：发货仓库（不填则用上面选择的仓库）、要货日期、单位（箱、件按箱计；空、瓶、桶按单品计）、备注。其他列忽略。文件中只要有一处错误，就整个文件都不导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Orders (*.csv *.xlsx);;All files (*)</source>
        <translation>订单文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The file is larger than 8 MiB: split it.</source>
        <translation>文件超过 8 MiB，请拆分后导入。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s) with %1 line(s): %2.</source>
        <translation>
            <numerusform>已导入 %n 张订单，共 %1 行明细：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1 row(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>未导入任何订单：%1 行中共有 %n 处问题。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>以下列出前 %1 条。</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>托数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Loose items</source>
        <translation>散件</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Holder, product, lot or warehouse</source>
        <translation>持有方、产品、批次或仓库</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移库…</translation>
    </message>
    <message>
        <source>Total: %1 in %2 row(s)</source>
        <translation>合计：%1（%2 行）</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a code batch</source>
        <translation>生码</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>(bind later)</source>
        <translation>（稍后绑定）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>e.g. print order, customer</source>
        <translation>例如：印刷单号、客户</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>码级别</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>码格式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>码长</translation>
    </message>
    <message>
        <source>Number of codes *</source>
        <translation>生码数量 *</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Label stock comes in</source>
        <translation>标签单位</translation>
    </message>
    <message>
        <source>Labels per roll / pack / sheet</source>
        <translation>每卷/包/张的标签数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新码包</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>生码</translation>
    </message>
    <message>
        <source>Print file for the print shop</source>
        <translation>给印刷厂的印刷文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Digits only, the last one a check digit, like 100165247012980283.</source>
        <translation>纯数字码，末位为校验位，例如 100165247012980283。</translation>
    </message>
    <message>
        <source>13 letters and digits (the last a check character): short consumer URLs make small QR codes.</source>
        <translation>13 位字母数字（末位为校验符）：消费者网址短，二维码更小。</translation>
    </message>
    <message>
        <source>Pallets get SSCCs; items and cases GTIN (01) + serial (21), so the product (with its GTIN) is required.</source>
        <translation>垛码为 SSCC；单品和箱码为 GTIN (01) + 序列号 (21)，须选择带 GTIN 的产品。</translation>
    </message>
    <message>
        <source>That makes %1 rolls / packs / sheets.</source>
        <translation>共 %1 卷/包/张。</translation>
    </message>
    <message>
        <source>GS1 codes for items and cases need a product with a GTIN.</source>
        <translation>单品和箱的 GS1 码需要一个有 GTIN 的产品。</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在生码…</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 issued: %Ln code(s), first code %2. Export the print file now, or later from the batch list.</source>
        <translation>
            <numerusform>码包 %1 已生成：%Ln 个码，首个码 %2。可现在导出印刷文件，也可以稍后在码包列表中导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>%1 × %2 mm, sample data</source>
        <translation>%1 × %2 毫米，示例数据</translation>
    </message>
    <message>
        <source>the barcode&apos;s modules are smaller than one printer dot; make the element bigger.</source>
        <translation>条码的模块小于一个打印点，请把元素放大。</translation>
    </message>
    <message>
        <source>GS1 barcodes carry {element_string} (of a GS1 batch) or application identifiers in brackets, e.g. (01){gtin}(10){lot_no}.</source>
        <translation>GS1 条码的内容须为 {element_string}（GS1 码包）或带括号的应用标识符，例如 (01){gtin}(10){lot_no}。</translation>
    </message>
    <message>
        <source>cannot be drawn (%1).</source>
        <translation>无法绘制（%1）。</translation>
    </message>
    <message>
        <source>Element %1: %2</source>
        <translation>第 %1 个元素：%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Dealer (level %1)</source>
        <translation>%1级经销商</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>设置图片</translation>
    </message>
    <message>
        <source>Issue codes</source>
        <translation>生码</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>标码授权</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出印刷文件</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>Finish printing</source>
        <translation>打印结束</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒</translation>
    </message>
    <message>
        <source>ERP sync</source>
        <translation>ERP 同步</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Code batch</source>
        <translation>码包</translation>
    </message>
    <message>
        <source>Code record</source>
        <translation>码操作记录</translation>
    </message>
    <message>
        <source>Code settings</source>
        <translation>码设置</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>打印任务</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Exceptional shipment</source>
        <translation>异常出库申请</translation>
    </message>
    <message>
        <source>Warehouse location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Low-stock warning</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Warehousing</source>
        <translation>仓储</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码管理</translation>
    </message>
    <message>
        <source>Labels and printing</source>
        <translation>标签打印</translation>
    </message>
    <message>
        <source>Orders and shipping</source>
        <translation>订单与出库</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>码关联</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>Edit production line</source>
        <translation>编辑产线</translation>
    </message>
    <message>
        <source>New production line</source>
        <translation>新增产线</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>所属工厂</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the factory.</source>
        <translation>请选择工厂。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>In items</source>
        <translation>折合单品</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 items in all</source>
        <translation>
            <numerusform>共 %n 行，合计 %1 个单品</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一行明细。</translation>
    </message>
    <message>
        <source>Choose the product of every line.</source>
        <translation>请为每行明细选择产品。</translation>
    </message>
    <message>
        <source>Each product goes on one line only.</source>
        <translation>同一产品只能占一行。</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>所属工厂</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Production lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>LinesView</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>In items</source>
        <translation>折合单品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation>请输入关键字…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>Edit location</source>
        <translation>编辑库位</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>新增库位</translation>
    </message>
    <message>
        <source>e.g. A-01-03 (zone, rack, level)</source>
        <translation>例如 A-01-03（库区-排-层）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>库区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the warehouse.</source>
        <translation>请选择仓库。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入不含空格的编码。</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>库区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Warehouse locations</source>
        <translation>库位管理</translation>
    </message>
    <message>
        <source>Code, name, zone or warehouse</source>
        <translation>编码、名称、库区或仓库</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the location “%1”?</source>
        <translation>删除库位“%1”？</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Yima — Sign in</source>
        <translation>一码 — 登录</translation>
    </message>
    <message>
        <source>Yima traceability system</source>
        <translation>一码防伪溯源管理系统</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>企业代码</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.10:50051</source>
        <translation>主机:端口，例如 192.168.1.10:50051</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>使用 TLS 加密</translation>
    </message>
    <message>
        <source>optional: the server&apos;s CA file (.pem)</source>
        <translation>可选：服务器的 CA 证书文件（.pem）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>given by your administrator</source>
        <translation>由管理员提供</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>Write the server address as host:port.</source>
        <translation>服务器地址的格式为 主机:端口。</translation>
    </message>
    <message>
        <source>Cannot read the CA file: %1</source>
        <translation>无法读取 CA 证书文件：%1</translation>
    </message>
    <message>
        <source>Your password must be changed before you can continue.</source>
        <translation>必须先修改密码才能继续使用。</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Look up a code</source>
        <translation>查询码</translation>
    </message>
    <message>
        <source>Scan or paste a code, URL or GS1 element string</source>
        <translation>扫描或粘贴码、网址或 GS1 元素串</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>码包</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>激活时间</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>注销时间</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
</context>
<context>
    <name>LotForm</name>
    <message>
        <source>Edit production lot</source>
        <translation>编辑生产批次</translation>
    </message>
    <message>
        <source>New production lot</source>
        <translation>新增生产批次</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. A, B, night</source>
        <translation>例如：甲班、乙班、夜班</translation>
    </message>
    <message>
        <source>(the line&apos;s factory)</source>
        <translation>（产线所属工厂）</translation>
    </message>
    <message>
        <source>Lot fields of the category</source>
        <translation>分类的批次字段</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>生产工厂</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>Enter the lot number.</source>
        <translation>请输入批次号。</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <source>Lot number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>生产工厂</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Lot number, product or shift</source>
        <translation>批次号、产品或班次</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the lot “%1”?</source>
        <translation>确定删除生产批次“%1”吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yima traceability system — %1</source>
        <translation>一码防伪溯源管理系统 — %1</translation>
    </message>
    <message>
        <source>Your account has no areas to open. Ask your administrator for a role.</source>
        <translation>您的账号没有可用的功能，请联系管理员分配角色。</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Yima…</source>
        <translation>关于一码…</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About Yima</source>
        <translation>关于一码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yima (一码) %1&lt;/b&gt;&lt;br&gt;One item, one code: anti-counterfeiting, traceability and anti-diversion.&lt;br&gt;Server: %2</source>
        <translation>&lt;b&gt;一码 %1&lt;/b&gt;&lt;br&gt;一物一码：防伪、溯源、防窜货。&lt;br&gt;服务器：%2</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move stock</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Scan the codes to move, one by one</source>
        <translation>逐个扫描要移库的码</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>移入仓库</translation>
    </message>
    <message>
        <source>To location</source>
        <translation>移入库位</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Scan at least one code.</source>
        <translation>请至少扫描一个码。</translation>
    </message>
    <message>
        <source>Moved %1.</source>
        <translation>已移库：%1。</translation>
    </message>
</context>
<context>
    <name>MoveOrganisationDialog</name>
    <message>
        <source>Move organisation</source>
        <translation>移动组织</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>New parent</source>
        <translation>新的上级组织</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Choose the new parent organisation.</source>
        <translation>请选择新的上级组织。</translation>
    </message>
    <message>
        <source>The organisation is already there.</source>
        <translation>该组织已在此上级组织之下。</translation>
    </message>
</context>
<context>
    <name>NewShipmentDialog</name>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ship from</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create and scan</source>
        <translation>创建并扫码</translation>
    </message>
    <message>
        <source>Our own stock (no warehouse)</source>
        <translation>本单位库存（无仓库）</translation>
    </message>
    <message>
        <source>Approved request</source>
        <translation>已批准的申请</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 items left)</source>
        <translation>%1 → %2（尚余 %3 件）</translation>
    </message>
</context>
<context>
    <name>OrderNames</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP 接口</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>Staff welfare</source>
        <translation>员工福利</translation>
    </message>
    <message>
        <source>Gift to a customer</source>
        <translation>送客户</translation>
    </message>
    <message>
        <source>Sample not returned</source>
        <translation>抽样不归还</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>%1 cases (%2)</source>
        <translation>%1 箱（%2）</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个单品</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>新增组织</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <source>6-digit division code, e.g. 370100</source>
        <translation>6 位行政区划代码，例如 370100</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the parent organisation.</source>
        <translation>请选择上级组织。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The region code has 6 digits.</source>
        <translation>行政区划代码为 6 位数字。</translation>
    </message>
</context>
<context>
    <name>OrganisationTree</name>
    <message>
        <source>Organisation structure</source>
        <translation>组织结构</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Code, name, contact or phone</source>
        <translation>编码、名称、联系人或电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”?</source>
        <translation>确定删除组织“%1”吗？</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Undo last scan (F4)</source>
        <translation>撤销上一次扫描 (F4)</translation>
    </message>
    <message>
        <source>Close pallet: virtual code</source>
        <translation>封托：生成虚拟托盘码</translation>
    </message>
    <message>
        <source>Fuzzy association…</source>
        <translation>模糊匹配…</translation>
    </message>
    <message>
        <source>Open case or pallet…</source>
        <translation>打开箱/托（拆箱、替换）…</translation>
    </message>
    <message>
        <source>Reprint last label</source>
        <translation>补打上一张箱/托标签</translation>
    </message>
    <message>
        <source>Partial pallet</source>
        <translation>不满托</translation>
    </message>
    <message>
        <source>The pallet holds %1 of %2 cases. Why close it now?</source>
        <translation>本托只有 %1/%2 箱。为什么现在封托？</translation>
    </message>
    <message>
        <source>End of lot</source>
        <translation>批次结束（尾数）</translation>
    </message>
    <message>
        <source>End run</source>
        <translation>结束采集</translation>
    </message>
    <message>
        <source>End this run?</source>
        <translation>结束本次采集吗？</translation>
    </message>
    <message>
        <source>The pallet is not finished. Keep it open for the next run, or submit it now as a partial pallet (尾数提交)?</source>
        <translation>本托尚未装满。保留到下次生产继续装，还是现在作为尾数提交？</translation>
    </message>
    <message>
        <source>Keep pallet open</source>
        <translation>下次继续装</translation>
    </message>
    <message>
        <source>Submit partial pallet</source>
        <translation>尾数提交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Packing station</source>
        <translation>装箱工位</translation>
    </message>
    <message>
        <source>Line collector</source>
        <translation>产线采集</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>采集中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>✔ Item %1 of %2</source>
        <translation>✔ 单品 %1/%2</translation>
    </message>
    <message>
        <source>▣ Case closed (short)</source>
        <translation>▣ 已封箱（不足规格）</translation>
    </message>
    <message>
        <source>▣ Case closed</source>
        <translation>▣ 已封箱</translation>
    </message>
    <message>
        <source>✔ Case on pallet: %1 of %2</source>
        <translation>✔ 已上托：%1/%2 箱</translation>
    </message>
    <message>
        <source>▦ Pallet closed</source>
        <translation>▦ 已封托</translation>
    </message>
    <message>
        <source>virtual code</source>
        <translation>虚拟托盘码</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>尾数</translation>
    </message>
    <message>
        <source>↶ Undone</source>
        <translation>↶ 已撤销</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ 完成</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>Already packed elsewhere</source>
        <translation>已装入别处</translation>
    </message>
    <message>
        <source>Wrong product or lot</source>
        <translation>产品或批次不符</translation>
    </message>
    <message>
        <source>Wrong level</source>
        <translation>码级别不对</translation>
    </message>
    <message>
        <source>Voided code</source>
        <translation>码已注销</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>无效的码</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Not full yet</source>
        <translation>未装满</translation>
    </message>
    <message>
        <source>Nothing to close</source>
        <translation>没有可封装的内容</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Offline — %1 pending</source>
        <translation>离线 — %1 条待上传</translation>
    </message>
    <message>
        <source>⏸ Kept offline</source>
        <translation>⏸ 已离线暂存</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>请扫码</translation>
    </message>
</context>
<context>
    <name>PackingSettingsDialog</name>
    <message>
        <source>Packing settings</source>
        <translation>装箱设置</translation>
    </message>
    <message>
        <source>A pallet may hold cases of several lots of one product</source>
        <translation>同一产品的不同批次可混装在一个托盘上</translation>
    </message>
    <message>
        <source>A pallet may hold cases of several products</source>
        <translation>不同产品可混装在一个托盘上</translation>
    </message>
    <message>
        <source>Mixed pallets</source>
        <translation>混托</translation>
    </message>
</context>
<context>
    <name>PackingStationPage</name>
    <message>
        <source>End run…</source>
        <translation>结束采集…</translation>
    </message>
    <message>
        <source>Scan a code (or type it and press Enter)</source>
        <translation>扫码（或手工输入后按回车）</translation>
    </message>
    <message>
        <source>End of lot</source>
        <translation>批次结束（尾数）</translation>
    </message>
    <message>
        <source>Missing bottle</source>
        <translation>缺瓶</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检抽检</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>确认封箱</translation>
    </message>
    <message>
        <source>Keep scanning</source>
        <translation>继续扫码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refused when sent after the link came back:</source>
        <translation>网络恢复后上传时被拒绝的扫描：</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>In the open case</source>
        <translation>当前箱内</translation>
    </message>
    <message>
        <source>Packing station</source>
        <translation>装箱工位</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>no lot</source>
        <translation>未指定批次</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>每箱 %1</translation>
    </message>
    <message>
        <source>%1 cases per pallet</source>
        <translation>每托 %1 箱</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>采集记录 %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>Case %1 / %2</source>
        <translation>本箱 %1 / %2</translation>
    </message>
    <message>
        <source>Pallet %1 / %2</source>
        <translation>本托 %1 / %2</translation>
    </message>
    <message>
        <source>No pallets</source>
        <translation>不组托</translation>
    </message>
    <message>
        <source>This run: %1 cases · %2 items · %3 pallets</source>
        <translation>本班：%1 箱 · %2 个单品 · %3 托</translation>
    </message>
    <message>
        <source>Start a run first</source>
        <translation>请先开始采集</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>Offline — %1 pending</source>
        <translation>离线 — %1 条待上传</translation>
    </message>
    <message>
        <source>Sending — %1 pending</source>
        <translation>上传中 — %1 条待上传</translation>
    </message>
</context>
<context>
    <name>PageSettingsDialog</name>
    <message>
        <source>Consumer page settings</source>
        <translation>查询页面设置</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The company name when empty</source>
        <translation>留空则使用企业名称</translation>
    </message>
    <message>
        <source>Maximum queries per code</source>
        <translation>最大查询次数</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>品牌名称</translation>
    </message>
    <message>
        <source>Brand introduction</source>
        <translation>品牌介绍</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>客服电话</translation>
    </message>
    <message>
        <source>The introduction takes at most 2000 characters.</source>
        <translation>品牌介绍最多 2000 个字符。</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>First</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>跳转到指定页</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>每页 %1 条</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>跳至</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>选择打印机…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.50:9100</source>
        <translation>例如 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Code batch *</source>
        <translation>码包 *</translation>
    </message>
    <message>
        <source>Serial numbers *</source>
        <translation>序号 *</translation>
    </message>
    <message>
        <source>Label template *</source>
        <translation>标签模板 *</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>打印到</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>停止打印</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>（默认打印机）</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the code batch.</source>
        <translation>请选择码包。</translation>
    </message>
    <message>
        <source>Choose the label template.</source>
        <translation>请选择标签模板。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
    <message>
        <source>At most 10,000 labels per print job; print in several jobs.</source>
        <translation>每个打印任务最多 10,000 张标签，请分批打印。</translation>
    </message>
    <message>
        <source>Enter the label printer&apos;s address, e.g. 192.168.1.50:9100.</source>
        <translation>请填写标签打印机地址，例如 192.168.1.50:9100。</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>Preparing the print job…</source>
        <translation>正在准备打印任务…</translation>
    </message>
    <message>
        <source>Nothing printed.</source>
        <translation>未打印。</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln label(s)…</source>
        <translation>
            <numerusform>正在打印 %Ln 张标签…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print job %1: %2, %Ln label(s) printed.</source>
        <translation>
            <numerusform>打印任务 %1：%2（打印了 %Ln 张标签）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <source>Job</source>
        <translation>任务号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Batch number</source>
        <translation>码包号</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>Reprint reason</source>
        <translation>重打原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>User, printer or reprint reason</source>
        <translation>用户、打印机或重打原因</translation>
    </message>
    <message>
        <source>Reprints only</source>
        <translation>仅重打</translation>
    </message>
    <message>
        <source>First prints only</source>
        <translation>仅首次打印</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增产品</translation>
    </message>
    <message>
        <source>e.g. 4L</source>
        <translation>例如：4L</translation>
    </message>
    <message>
        <source>8, 12, 13 or 14 digits</source>
        <translation>8、12、13 或 14 位数字</translation>
    </message>
    <message>
        <source>e.g. bottle</source>
        <translation>例如：瓶</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Custom fields of the category</source>
        <translation>分类的自定义字段</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN（商品条码）</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Colour number</source>
        <translation>色号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Items per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <source>Cases per pallet</source>
        <translation>每托箱数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择产品分类。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>GTIN 应为 8、12、13 或 14 位数字。</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN（商品条码）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Items per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <source>Cases per pallet</source>
        <translation>每托箱数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Code, name, spec, GTIN or barcode</source>
        <translation>编码、名称、规格、GTIN 或条码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>确定删除产品“%1”吗？</translation>
    </message>
</context>
<context>
    <name>PutAwayDialog</name>
    <message>
        <source>Receive a collection record</source>
        <translation>按采集记录入库</translation>
    </message>
    <message>
        <source>Receive from production</source>
        <translation>生产入库</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Collection record</source>
        <translation>采集记录</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Start scanning</source>
        <translation>开始扫码</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lot %4 · %5 pallets/cases to receive</source>
        <translation>%1 · %2 · %3 批次 %4 · 待入库 %5 托/箱</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>To print them again, give the reason:</source>
        <translation>如需重打，请填写原因：</translation>
    </message>
    <message>
        <source>e.g. labels jammed in the printer</source>
        <translation>例如：打印机卡纸</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <source>Lot number, or a material recorded on lots (e.g. a raw material batch)</source>
        <translation>批次号，或批次记录的原料（如原料批次号）</translation>
    </message>
    <message>
        <source>Find lots</source>
        <translation>查找批次</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>批次记录</translation>
    </message>
    <message>
        <source>Who holds them?</source>
        <translation>查看持有方</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Recall…</source>
        <translation>召回…</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>托数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Marked recalled</source>
        <translation>已标记召回</translation>
    </message>
    <message>
        <source>On its way to</source>
        <translation>在途发往</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Units marked</source>
        <translation>标记单元</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>召回记录</translation>
    </message>
    <message>
        <source>%1 lot(s) found.</source>
        <translation>找到 %1 个批次。</translation>
    </message>
    <message>
        <source>Choose one or more lots first.</source>
        <translation>请先选择批次。</translation>
    </message>
    <message>
        <source>%1 item(s) packed; %2 never received into stock (still at the factory)</source>
        <translation>已装箱 %1 件；%2 件尚未入库（仍在工厂）</translation>
    </message>
    <message>
        <source>%1 held outside your organisation</source>
        <translation>%1 件在本组织以外</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Recall %1 lot(s)? Reason (kept inside; consumers read the standard notice):</source>
        <translation>召回 %1 个批次？原因（仅内部可见，消费者看到标准提示）：</translation>
    </message>
    <message>
        <source>Recall %1: %2 unit(s), %3 item(s) marked.</source>
        <translation>召回单 %1：已标记 %2 个单元、%3 件。</translation>
    </message>
</context>
<context>
    <name>ReceiptStation</name>
    <message>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>On the shipment</source>
        <translation>发货单内</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>已扫描的码</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认入库</translation>
    </message>
    <message>
        <source>Cancel receipt…</source>
        <translation>作废入库单…</translation>
    </message>
    <message>
        <source>shipment %1 from %2</source>
        <translation>来自 %2 的发货单 %1</translation>
    </message>
    <message>
        <source>The shipment carries: %1</source>
        <translation>发货单所载：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已收货：%1</translation>
    </message>
    <message>
        <source>reported to the sender: %1 missing, %2 extra</source>
        <translation>已向发货方报告：短少 %1，多收 %2</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>已扫描：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No — extra</source>
        <translation>否 — 多收</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>托数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>多收</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Receipt, warehouse or note</source>
        <translation>入库单号、仓库或备注</translation>
    </message>
    <message>
        <source>Receive from production…</source>
        <translation>生产入库…</translation>
    </message>
    <message>
        <source>Receive a collection record…</source>
        <translation>按采集记录入库…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Receipt %1: %2 into %3.</source>
        <translation>入库单 %1：%2 已入 %3。</translation>
    </message>
</context>
<context>
    <name>RecipientForm</name>
    <message>
        <source>Edit SMS recipient</source>
        <translation>编辑短信接收人</translation>
    </message>
    <message>
        <source>New SMS recipient</source>
        <translation>新建短信接收人</translation>
    </message>
    <message>
        <source>Normal alerts</source>
        <translation>普通预警</translation>
    </message>
    <message>
        <source>Important alerts</source>
        <translation>重要预警</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请填写手机号码。</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Normal alerts</source>
        <translation>普通预警</translation>
    </message>
    <message>
        <source>Important alerts</source>
        <translation>重要预警</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Alert recipients</source>
        <translation>短信接收人</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或手机号码</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Alert settings…</source>
        <translation>预警设置…</translation>
    </message>
    <message>
        <source>Delete recipient %1?</source>
        <translation>删除短信接收人 %1？</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for “%1”. Their sessions end, a lockout is cleared, and they must change the password at next sign-in.</source>
        <translation>为“%1”设置新密码。该用户的登录会话将失效、锁定将解除，下次登录时须修改密码。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>You do not hold this permission, so you cannot grant it.</source>
        <translation>您没有此权限，因此不能授予。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>系统内置</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Code, name or description</source>
        <translation>编码、名称或说明</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>确定删除角色“%1”吗？</translation>
    </message>
</context>
<context>
    <name>SalesOrderForm</name>
    <message>
        <source>New sales order</source>
        <translation>新增销售订单</translation>
    </message>
    <message>
        <source>Sales order %1</source>
        <translation>销售订单 %1</translation>
    </message>
    <message>
        <source>Empty: numbered automatically (SO…)</source>
        <translation>留空则自动编号（SO…）</translation>
    </message>
    <message>
        <source>%1 · source: %2 · entered by %3, %4</source>
        <translation>%1 · 来源：%2 · 录入：%3，%4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shipping warehouse</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>要货日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Products and quantities below; a case counts as the product&apos;s items per case.</source>
        <translation>在下方填写产品和数量；按箱订货时按产品的每箱数量折算单品。</translation>
    </message>
    <message>
        <source>Choose the shipping warehouse.</source>
        <translation>请选择发货仓库。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
</context>
<context>
    <name>SalesOrdersPage</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shipping warehouse</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>要货日期</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Order number, customer, warehouse or note</source>
        <translation>订单号、客户、仓库或备注</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <source>Select an order to see its lines.</source>
        <translation>选择一张订单查看明细。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sales order %1 saved.</source>
        <translation>销售订单 %1 已保存。</translation>
    </message>
    <message>
        <source>Sales order %1 confirmed.</source>
        <translation>销售订单 %1 已确认。</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel sales order %1? Reason (optional):</source>
        <translation>取消销售订单 %1？原因（可不填）：</translation>
    </message>
    <message>
        <source>Sales order %1 cancelled.</source>
        <translation>销售订单 %1 已取消。</translation>
    </message>
</context>
<context>
    <name>ScanLogPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>防伪码</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>查询方式</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>所在省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Query no.</source>
        <translation>第几次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>查询记录</translation>
    </message>
    <message>
        <source>Code, product or lot</source>
        <translation>防伪码、产品或批次</translation>
    </message>
</context>
<context>
    <name>ScanNames</name>
    <message>
        <source>Genuine code</source>
        <translation>正品码</translation>
    </message>
    <message>
        <source>Waiting for the verification code</source>
        <translation>待输入验证码</translation>
    </message>
    <message>
        <source>Wrong verification code</source>
        <translation>验证码错误</translation>
    </message>
    <message>
        <source>Verification locked</source>
        <translation>验证已锁定</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>码不存在</translation>
    </message>
    <message>
        <source>Not a code</source>
        <translation>无效的码</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>正品</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>请留意</translation>
    </message>
    <message>
        <source>Suspected copy</source>
        <translation>疑似仿冒</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>非正品</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Phone scan</source>
        <translation>手机扫码</translation>
    </message>
    <message>
        <source>Typed on the web</source>
        <translation>网页输入</translation>
    </message>
    <message>
        <source>Public kiosk</source>
        <translation>公共查询机</translation>
    </message>
    <message>
        <source>First query</source>
        <translation>首次查询</translation>
    </message>
    <message>
        <source>Repeat query</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Over the maximum queries</source>
        <translation>超过最大查询次数</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Query count</source>
        <translation>查询次数</translation>
    </message>
    <message>
        <source>Code guessing</source>
        <translation>枚举试码</translation>
    </message>
    <message>
        <source>Verification code guessing</source>
        <translation>验证码试探</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Counterfeit report</source>
        <translation>举报假冒</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Brand default</source>
        <translation>品牌默认</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>质检报告</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SelectionEditor</name>
    <message>
        <source>Whole batch</source>
        <translation>整个码包</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>按卷号</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>按序号</translation>
    </message>
    <message>
        <source>List of codes</source>
        <translation>按码清单</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Paste or scan codes, one per line</source>
        <translation>粘贴或扫描码，每行一个</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>Paste or scan at least one code.</source>
        <translation>请至少粘贴或扫描一个码。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>范围的结束小于开始。</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Station setup</source>
        <translation>工位设置</translation>
    </message>
    <message>
        <source>(no lot)</source>
        <translation>（不指定批次）</translation>
    </message>
    <message>
        <source>no pallets</source>
        <translation>不组托</translation>
    </message>
    <message>
        <source>Start packing</source>
        <translation>开始装箱</translation>
    </message>
    <message>
        <source>Items per case</source>
        <translation>每箱数量</translation>
    </message>
    <message>
        <source>Cases per pallet</source>
        <translation>每托箱数</translation>
    </message>
    <message>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>工位名称</translation>
    </message>
    <message>
        <source>Pack spec</source>
        <translation>装箱规格</translation>
    </message>
    <message>
        <source>Choose the line</source>
        <translation>请选择产线</translation>
    </message>
    <message>
        <source>Choose the product</source>
        <translation>请选择产品</translation>
    </message>
    <message>
        <source>production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>station name</source>
        <translation>工位名称</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>请选择%1。</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>Order / request</source>
        <translation>订单/申请</translation>
    </message>
    <message>
        <source>Pallets</source>
        <translation>托数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>未处理差异</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Shipment, order, customer, vehicle or driver</source>
        <translation>发货单号、订单、客户、车牌或司机</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>新建发货单…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Receive all…</source>
        <translation>整单收货…</translation>
    </message>
    <message>
        <source>Scan in…</source>
        <translation>扫码收货…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Into warehouse:</source>
        <translation>收入仓库：</translation>
    </message>
    <message>
        <source>Received %1 into %2 (receipt %3).</source>
        <translation>已收货 %1 至 %2（入库单 %3）。</translation>
    </message>
</context>
<context>
    <name>ShippingStation</name>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Shipped before</source>
        <translation>此前已发</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>本单已扫</translation>
    </message>
    <message>
        <source>Other drafts</source>
        <translation>其他待发</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>尚余</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>司机电话</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Progress per product</source>
        <translation>各产品发货进度</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>已扫描的码</translation>
    </message>
    <message>
        <source>Confirm shipment</source>
        <translation>确认发货</translation>
    </message>
    <message>
        <source>Cancel shipment…</source>
        <translation>作废发货单…</translation>
    </message>
    <message>
        <source>Shipped: %1</source>
        <translation>已发货：%1</translation>
    </message>
    <message>
        <source>Several products</source>
        <translation>多种产品</translation>
    </message>
    <message>
        <source>This shipment: %1</source>
        <translation>本发货单：%1</translation>
    </message>
</context>
<context>
    <name>StockAlertForm</name>
    <message>
        <source>Edit low-stock warning</source>
        <translation>编辑库存预警</translation>
    </message>
    <message>
        <source>New low-stock warning</source>
        <translation>新增库存预警</translation>
    </message>
    <message>
        <source>Dealer or store</source>
        <translation>经销商或门店</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warn below (items)</source>
        <translation>预警数量（单品）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>= %1 cases of %2</source>
        <translation>= %1 箱（每箱 %2）</translation>
    </message>
    <message>
        <source>Choose the dealer or store.</source>
        <translation>请选择经销商或门店。</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
</context>
<context>
    <name>StockAlertsPage</name>
    <message>
        <source>Dealer or store</source>
        <translation>经销商或门店</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warn below (items)</source>
        <translation>预警数量（单品）</translation>
    </message>
    <message>
        <source>In cases</source>
        <translation>折合箱数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Low-stock warnings</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>Dealer, store or product</source>
        <translation>经销商、门店或产品</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the warning for %1 at %2?</source>
        <translation>删除 %2 的“%1”库存预警？</translation>
    </message>
</context>
<context>
    <name>StockMovesPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>单品数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <source>Organisation, shipment, product or salesperson</source>
        <translation>组织、发货单、产品或店员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>StockNames</name>
    <message>
        <source>Item</source>
        <translation>单品</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>Pallet</source>
        <translation>托盘</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Exceptional shipment</source>
        <translation>异常出库</translation>
    </message>
    <message>
        <source>Receipt from production</source>
        <translation>生产入库</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Taken back (exchange)</source>
        <translation>换货收回</translation>
    </message>
    <message>
        <source>Handed out (exchange)</source>
        <translation>换货售出</translation>
    </message>
    <message>
        <source>Against an order</source>
        <translation>按订单</translation>
    </message>
    <message>
        <source>To a dealer or store below</source>
        <translation>发往下级经销商或门店</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>扫码中</translation>
    </message>
    <message>
        <source>Received, units missing</source>
        <translation>已收货（有短少）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>From production</source>
        <translation>生产入库</translation>
    </message>
    <message>
        <source>From a shipment</source>
        <translation>发货单收货</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>短少</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>多收</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Staff welfare</source>
        <translation>员工福利</translation>
    </message>
    <message>
        <source>Gift to a customer</source>
        <translation>赠送客户</translation>
    </message>
    <message>
        <source>Sample not returned</source>
        <translation>样品不归还</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Code issued</source>
        <translation>生码</translation>
    </message>
    <message>
        <source>Rolls allocated</source>
        <translation>标码授权</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>装箱关联</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>拆出</translation>
    </message>
    <message>
        <source>Consumer scan</source>
        <translation>消费者查询</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>%n pallet(s)</source>
        <translation>%n 托</translation>
    </message>
    <message>
        <source>%n case(s)</source>
        <translation>%n 箱</translation>
    </message>
    <message>
        <source>%n item(s)</source>
        <translation>%n 件</translation>
    </message>
</context>
<context>
    <name>StockScan</name>
    <message>
        <source>Removed: %1</source>
        <translation>已撤出：%1</translation>
    </message>
    <message>
        <source>Not on this shipment</source>
        <translation>不在本发货单上</translation>
    </message>
    <message>
        <source>Sold: %1</source>
        <translation>已售出：%1</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>不在此处</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>不在库存中</translation>
    </message>
    <message>
        <source>Scanned already</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>In another document</source>
        <translation>已在其他单据中</translation>
    </message>
    <message>
        <source>Not on the order</source>
        <translation>订单中没有此产品</translation>
    </message>
    <message>
        <source>More than ordered</source>
        <translation>超出订单数量</translation>
    </message>
    <message>
        <source>Recalled lot</source>
        <translation>已召回批次</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损品</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>无效码</translation>
    </message>
    <message>
        <source>Not packed yet</source>
        <translation>尚未装箱</translation>
    </message>
    <message>
        <source>Received already</source>
        <translation>已入库</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>StockWarningsPage</name>
    <message>
        <source>Dealer or store</source>
        <translation>经销商或门店</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Warn below</source>
        <translation>预警值</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Dealer, store or product</source>
        <translation>经销商、门店或产品</translation>
    </message>
</context>
<context>
    <name>StoreSalesPage</name>
    <message>
        <source>Exchange a damaged item…</source>
        <translation>破损品换货…</translation>
    </message>
    <message>
        <source>Scan what the customer buys</source>
        <translation>扫描顾客购买的商品</translation>
    </message>
    <message>
        <source>Store sales</source>
        <translation>门店销售</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Sold today: —</source>
        <translation>今日已售：—</translation>
    </message>
    <message>
        <source>Sold today: %1 item(s)</source>
        <translation>今日已售：%1 件</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Response template: %1</source>
        <translation>报读设置：%1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>尺寸（毫米）</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Label templates</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>编码或名称</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the label template “%1”?</source>
        <translation>确定删除标签模板“%1”吗？</translation>
    </message>
    <message>
        <source>Answer for</source>
        <translation>答复场景</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Own text</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Response templates</source>
        <translation>报读设置</translation>
    </message>
    <message>
        <source>Consumer page settings…</source>
        <translation>查询页面设置…</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Scan or type a code (bottle, case or pallet)</source>
        <translation>扫描或输入码（瓶、箱或托盘）</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>随同</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Trace a code</source>
        <translation>跟踪查询</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在箱 %1 中</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在托盘 %1 上</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>内含 %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Now: not in stock anywhere</source>
        <translation>当前：不在任何库存中</translation>
    </message>
    <message>
        <source>%1 step(s) outside your organisation are not shown.</source>
        <translation>本组织以外的 %1 个环节未显示。</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>内含：%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Follow the client</source>
        <translation>跟随客户端</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>启用（允许登录）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The user must change this password at first sign-in.</source>
        <translation>用户首次登录时须修改此密码。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>请选择组织。</translation>
    </message>
    <message>
        <source>Enter a username without spaces.</source>
        <translation>请输入用户名（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The email address looks wrong.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <source>Enter an initial password.</source>
        <translation>请输入初始密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最后登录时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Username, name, phone or email</source>
        <translation>用户名、姓名、电话或邮箱</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The password of “%1” has been reset.</source>
        <translation>已重置“%1”的密码。</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Verification codes by product</source>
        <translation>产品验证码设置</translation>
    </message>
    <message>
        <source>Product code or name</source>
        <translation>产品编码或名称</translation>
    </message>
    <message>
        <source>Set for the selected product</source>
        <translation>设置所选产品</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void codes — %1</source>
        <translation>注销码 — %1</translation>
    </message>
    <message>
        <source>e.g. damaged labels, misprint</source>
        <translation>例如：标签破损、印错</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>码范围</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Say why these codes are voided.</source>
        <translation>请填写注销原因。</translation>
    </message>
</context>
<context>
    <name>WarehouseForm</name>
    <message>
        <source>Edit warehouse</source>
        <translation>编辑仓库</translation>
    </message>
    <message>
        <source>New warehouse</source>
        <translation>新增仓库</translation>
    </message>
    <message>
        <source>6-digit division code, e.g. 370100</source>
        <translation>6 位行政区划代码，例如 370100</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>请选择组织。</translation>
    </message>
    <message>
        <source>Enter a code without spaces.</source>
        <translation>请输入编码（不能包含空格）。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The region code has 6 digits.</source>
        <translation>行政区划代码为 6 位数字。</translation>
    </message>
</context>
<context>
    <name>WarehousesPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code, name, address or organisation</source>
        <translation>编码、名称、地址或组织</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
</TS>
