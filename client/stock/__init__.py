"""Client pieces shared by the stock, shipping and flow windows: the document scanner."""
