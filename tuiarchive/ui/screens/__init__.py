"""The browser's screens: the main one and the research tools' screens."""
