"""The browser: Textual screens and widgets that ask the store and the query engine."""
