"""Rendering the checked registry as a static site: pages, annotated sources, charts, data."""

from rootcheck.render.site import RenderOptions, render_site

__all__ = ["RenderOptions", "render_site"]
