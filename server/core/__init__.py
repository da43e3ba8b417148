"""Cross-cutting server machinery: errors, call context, policy, interceptors, paging."""
