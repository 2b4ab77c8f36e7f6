"""Rendering the checked registry as a static site: pages, annotated sources, charts, data."""

from rootcheck.render.site import RenderOptions, plan_site, render_site

__all__ = ["RenderOptions", "plan_site", "render_site"]
