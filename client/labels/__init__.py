"""Label rendering on the client PC: templates filled with a print job's data become a PDF (one
label per page), page images for the preview and for Qt printing, or raw ZPL for a network label
printer. Everything here but `raster.py` is Qt-free and works on plain dataclasses."""
