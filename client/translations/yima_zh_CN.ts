<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../areas/__init__.py" line="91"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="93"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="95"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="97"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="99"/>
        <source>Product categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="101"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="103"/>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="105"/>
        <source>Production lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../areas/__init__.py" line="107"/>
        <source>Warehouses</source>
        <translation>仓库</translation>
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
        <location filename="../widgets/filters.py" line="83"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../widgets/filters.py" line="84"/>
        <source>to</source>
        <translation>至</translation>
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
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Licensed factory</source>
        <translation>授权工厂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <location filename="../labels.py" line="90"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Dealer (level %1)</source>
        <translation>%1级经销商</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <location filename="../labels.py" line="87"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <location filename="../labels.py" line="89"/>
        <source>Production lot</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Set image</source>
        <translation>设置图片</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Product category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Production line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Catalogue</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Warehousing</source>
        <translation>仓储</translation>
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
        <location filename="../areas/organisations.py" line="127"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../areas/organisations.py" line="186"/>
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
