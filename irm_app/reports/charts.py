"""Charts: a ChartSpec drawn as a reportlab Drawing (vector in the PDF) and as PNG (for Word).

The PNG is rendered from the same Drawing: with reportlab's renderPM when its backend
(rlPyCairo) is installed, else by a small Pillow painter that understands the few shapes the
chart uses (rectangles, lines, strings). Either way Word and PDF show the same chart.
"""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from .blocks import ChartSpec
from .fonts import FACES, FALLBACKS, fallback_files, font_file, register_pdf_fonts, runs, string_width

BAR = HexColor("#2E6E9E")
MUTED = HexColor("#B8C2CC")
INK = HexColor("#1F2D3D")
GRID = HexColor("#D5DCE3")
FONT_SIZE = 8.0
ROW = 20.0


def _wrap(text: str, font: str, width: float) -> list[str]:
    """At most two lines; the second is shortened with an ellipsis if needed."""
    words, lines, line = text.split(), [], ""
    for w in words:
        trial = f"{line} {w}".strip()
        if string_width(trial, font, FONT_SIZE) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = w
    lines.append(line)
    if len(lines) > 2:
        rest = " ".join(lines[1:])
        while rest and string_width(rest + "…", font, FONT_SIZE) > width:
            rest = rest[:-1]
        lines = [lines[0], rest.rstrip() + "…"]
    return lines


def _text(x: float, y: float, text: str, font: str, size: float, anchor: str = "start", **kw: object) -> list[String]:
    """One String per run of `text` in the font that has its glyphs (a String has one font):
    a category label in Chinese is drawn, not boxed."""
    pieces = runs(text)
    if len(pieces) == 1 and pieces[0][1] is None:
        return [String(x, y, text, fontName=font, fontSize=size, textAnchor=anchor, **kw)]
    total = string_width(text, font, size)
    x -= {"start": 0.0, "middle": total / 2, "end": total}[anchor]
    out = []
    for seg, fb in pieces:
        out.append(String(x, y, seg, fontName=fb or font, fontSize=size, textAnchor="start", **kw))
        x += stringWidth(seg, fb or font, size)
    return out


def label_width(specs: list[ChartSpec], width: float) -> float:
    """One label column for all charts of a report, so their axes line up on the page."""
    register_pdf_fonts()
    longest = max((string_width(c, FACES["regular"], FONT_SIZE) for s in specs for c in s.categories), default=0.0)
    return max(60.0, min(longest + 2, 170.0, width * 0.36))


def chart_drawing(spec: ChartSpec, width: float, label_w: float | None = None) -> Drawing:
    """Horizontal bars, one row per category, value printed at the end of each bar."""
    register_pdf_fonts()
    regular, bold = FACES["regular"], FACES["bold"]
    label_w = label_w or label_width([spec], width)
    top_pad, bottom_pad = 6.0, 22.0
    height = top_pad + ROW * len(spec.values) + bottom_pad
    d = Drawing(width, height, initialFontName=regular, initialFontSize=FONT_SIZE)
    x0 = label_w + 8
    plot_w = width - x0 - 28
    vmax = max(max(spec.values, default=0), 1)
    step = max(1, -(-vmax // 5))
    ticks = list(range(0, vmax + step, step))
    scale = plot_w / ticks[-1]
    g = Group()
    base_y = bottom_pad
    for t in ticks:
        x = x0 + t * scale
        g.add(Line(x, base_y, x, height - top_pad, strokeColor=GRID, strokeWidth=0.5))
        g.add(String(x, base_y - 10, str(t), fontName=regular, fontSize=FONT_SIZE - 1, fillColor=INK,
                     textAnchor="middle"))
    for piece in _text(x0 + plot_w / 2, 2, spec.axis_label, regular, FONT_SIZE - 1, "middle", fillColor=INK):
        g.add(piece)
    muted = spec.muted or tuple(False for _ in spec.values)
    for i, (label, value) in enumerate(zip(spec.categories, spec.values, strict=True)):
        y = height - top_pad - ROW * (i + 1)
        bar_h = ROW * 0.62
        colour = MUTED if muted[i] else BAR
        g.add(Rect(x0, y + (ROW - bar_h) / 2, max(value * scale, 0.01), bar_h, fillColor=colour,
                   strokeColor=None, strokeWidth=0))
        lines = _wrap(label, regular, label_w)
        mid = y + ROW / 2
        first = mid - FONT_SIZE * 0.35 + (len(lines) - 1) * (FONT_SIZE + 1) / 2
        for k, text in enumerate(lines):
            for piece in _text(label_w, first - k * (FONT_SIZE + 1), text, regular, FONT_SIZE, "end", fillColor=INK):
                g.add(piece)
        g.add(String(x0 + value * scale + 4, mid - FONT_SIZE * 0.35, str(value), fontName=bold,
                     fontSize=FONT_SIZE, fillColor=INK))
    g.add(Line(x0, base_y, x0, height - top_pad, strokeColor=INK, strokeWidth=0.8))
    d.add(g)
    return d


def chart_png(spec: ChartSpec, width: float, label_w: float | None = None, dpi: int = 200) -> bytes:
    """The chart as PNG bytes at `dpi` (the Drawing is `width` points wide)."""
    d = chart_drawing(spec, width, label_w)
    try:
        from reportlab.graphics import renderPM

        return renderPM.drawToString(d, fmt="PNG", dpi=dpi)
    except Exception:  # renderPM's backend (rlPyCairo) is optional: paint it ourselves
        return _pillow_png(d, dpi / 72.0)


def _rgb(c: Color | None) -> tuple[int, int, int] | None:
    if c is None:
        return None
    return (round(c.red * 255), round(c.green * 255), round(c.blue * 255))


def _pillow_png(d: Drawing, scale: float) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    w, h = round(d.width * scale), round(d.height * scale)
    img = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
    files = {**{v: font_file(k) for k, v in FACES.items()}, **dict(zip(FALLBACKS, fallback_files(), strict=True))}

    def y(v: float) -> float:
        return h - v * scale

    def walk(node: object) -> None:
        if isinstance(node, Group):
            for child in node.contents:
                walk(child)
        elif isinstance(node, Rect):
            x1, y1 = node.x * scale, y(node.y + node.height)
            draw.rectangle([x1, y1, x1 + node.width * scale, y(node.y)], fill=_rgb(node.fillColor))
        elif isinstance(node, Line):
            draw.line([node.x1 * scale, y(node.y1), node.x2 * scale, y(node.y2)],
                      fill=_rgb(node.strokeColor), width=max(1, round(node.strokeWidth * scale)))
        elif isinstance(node, String):
            key = (node.fontName, node.fontSize)
            if key not in fonts:
                fonts[key] = ImageFont.truetype(str(files.get(node.fontName, font_file("regular"))),
                                                round(node.fontSize * scale))
            font = fonts[key]
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[node.textAnchor]
            draw.text((node.x * scale, y(node.y)), node.text, font=font, fill=_rgb(node.fillColor), anchor=anchor)

    for item in d.contents:
        walk(item)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
