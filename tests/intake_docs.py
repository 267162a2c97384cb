"""Word documents in OGP's commitment template, built at test time from real plan texts.

English: commitments of the Fifth U.S. National Action Plan, from the bundled sample
(resources/samples/us-nap5-2022.json; a work of the U.S. Government, public domain). The
template's text rows take the sample's own paragraphs (problem = its first paragraph, "what is
the commitment" = its second, and so on); milestones are the sample's sub-commitments; the dates
are set here (the sample has none).

Spanish: commitment pages of OGP's website in Spanish (opengovpartnership.org/es, content under
Creative Commons Attribution 4.0): Spain's ES0029 "Observatorio de Participación" (Plan de Acción
de España 2017-2019), Honduras' HN0065 "Integridad en la gestión pública" (Plan de Acción de
Honduras 2018-2020) and Afghanistan's AF0001 as OGP's site gives it in Spanish. Where the page
has no text for a template row or milestone, the row takes another sentence of the same page;
the dates of HN0065 are its own, the others are set here.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "us-nap5-2022.json"

EN_LABELS = {
    "id_title": "Commitment ID/number and name",
    "dates": "Commitment Start and End Date",
    "lead_institution": "Lead implementing agency",
    "supporting": "Other actors involved (government, civil society)",
    "problem": "What is the public problem that the commitment will address?",
    "description": "What is the commitment?",
    "contribution": "How will the commitment contribute to solve the public problem?",
    "relevance": "Why is this commitment relevant to OGP values?",
    "additional_info": "Additional information",
    "contact": "Name of responsible person from implementing agency",
    "milestones": ("Milestone activity with a verifiable deliverable", "Start Date", "End Date"),
}
ES_LABELS = {
    "id_title": "Compromiso",
    "dates": "Fecha de inicio y término",
    "lead_institution": "Institución responsable",
    "supporting": "Otros actores involucrados",
    "problem": "Problemática",
    "description": "¿Cuál es el compromiso?",
    "contribution": "¿Cómo contribuirá el compromiso a resolver la problemática?",
    "relevance": "¿Por qué es relevante frente a los valores de OGP?",
    "additional_info": "Información adicional",
    "contact": "Persona responsable de la institución",
    "milestones": ("Hitos", "Fecha de inicio", "Fecha de término"),
}


def english_commitments(count: int = 5) -> list[dict]:
    plan = json.loads(SAMPLE.read_text(encoding="utf-8"))["plan"]
    out = []
    dates = [("January 2023", "June 2024"), ("March 2023", "December 2024"), ("2023-01-01", "2024-12-31")]
    for i, c in enumerate(plan["commitments"][:count]):
        paras = [p for p in c["description"].split("\n\n") if p.strip()] + ["", "", "", "", ""]
        start, end = dates[i % len(dates)]
        out.append({
            "number": c["number"], "title": c["title"], "start": start, "end": end,
            "lead_institution": c["lead_institution"], "supporting": c["supporting_institutions"],
            "problem": paras[0], "description": paras[1] or paras[0], "contribution": paras[2] or paras[0],
            "relevance": paras[3] or paras[0], "additional_info": paras[4] or paras[0],
            "contact": "Open Government Secretariat, U.S. General Services Administration",
            "milestones": [
                {"title": m["description"] or m["title"], "start": start, "end": f"{end} ({j})"}
                for j, m in enumerate(c["milestones"], start=1)
            ],
        })
    return out


def spanish_commitments() -> list[dict]:
    return [
        {
            "number": "1", "title": "Observatorio de Participación", "start": "Septiembre 2017", "end": "Junio 2019",
            "lead_institution": "Ministerio de la Presidencia (Subsecretaría y Centro de Estudios Políticos y "
                                "Constitucionales) y Ministerio de Hacienda y Función Pública.",
            "supporting": ["Departamentos Ministeriales", "Comunidades Autónomas y Federación Española de Municipios y "
                           "Provincias", "Organizaciones de la Sociedad Civil, Consumidores y Usuarios y "
                           "representantes del mundo académico."],
            "problem": "Existe una gran diversidad en las formas de participación, tanto en el proceso de información "
                       "pública para la elaboración de normas, como en el diseño y ejecución de planes y programas "
                       "públicos o mediante páginas web, redes sociales y herramientas informáticas en la operación "
                       "de servicios públicos y a través de organismos asesores.",
            "description": "Es necesario llevar a cabo una evaluación de su verdadera efectividad.",
            "contribution": "Ámbitos de política: Desarrollo de capacidades, Participación pública.",
            "relevance": "Relevante para los valores de OGP: Sí.",
            "additional_info": "Plan de Acción de España 2017-2019.",
            "contact": "Ministerio de la Presidencia",
            "milestones": [
                {"title": "Evaluación de la efectividad de las formas de participación en la elaboración de normas",
                 "start": "Septiembre 2017", "end": "Junio 2018"},
                {"title": "Evaluación de la participación en el diseño y ejecución de planes y programas públicos",
                 "start": "Julio 2018", "end": "Junio 2019"},
            ],
        },
        {
            "number": "2", "title": "Integridad en la gestión pública",
            "start": "Septiembre 01, 2018", "end": "Septiembre 30, 2020",
            "lead_institution": "Tribunal Superior de Cuentas",
            "supporting": ["Secretario de Estado para la coordinación del Gobierno General",
                           "Comités de Probidad y Ética de las Instituciones de gobierno",
                           "Academia (Universidades Públicas y Privadas)"],
            "problem": "Los sistemas de integridad, probidad y prevención de la corrupción son fundamentales para "
                       "reducir los riesgos de corrupción en cualquier sociedad. En Honduras, estos sistemas tienen "
                       "avances positivos, pero una mirada más cercana permite identificar numerosos problemas que "
                       "merecen reformas o acciones estatales.",
            "description": "El TSC y las otras instituciones llamadas a contribuir en la difusión de valores y "
                           "capacitación a los servidores públicos deben profundizar su compromiso con la educación "
                           "y el conocimiento de los mandatos, disposiciones, deberes y prohibiciones del Código de "
                           "Conducta Ética, como elemento de prevención.",
            "contribution": "Áreas de política: Anticorrupción, Divulgación de Activos, Auditorías, Creación de "
                            "capacidades, Legislación y Regulación.",
            "relevance": "Verificable: sí.",
            "additional_info": "Plan de Acción de Honduras 2018-2020.",
            "contact": "Tribunal Superior de Cuentas",
            "milestones": [
                {"title": "Difusión de valores y capacitación a los servidores públicos sobre el Código de Conducta "
                          "Ética", "start": "Septiembre 01, 2018", "end": "Septiembre 30, 2019"},
                {"title": "Sistema de Monitoreo de Recomendaciones de Auditoría de las Corporaciones Municipales",
                 "start": "Octubre 01, 2019", "end": "Septiembre 30, 2020"},
            ],
        },
        {
            "number": "3", "title": "Mecanismo de asociación pública en el proceso de inspección",
            "start": "2017", "end": "2019",
            "lead_institution": "Oficina de alta inspección",
            "supporting": ["Comisión de Contaduría Pública de la Cámara Baja y el Banco Mundial",
                           "organizaciones de la sociedad civil y medios de comunicación"],
            "problem": "La falta de participación pública en los procesos de inspección ha reducido la transparencia, "
                       "la rendición de cuentas y el acceso público a la información, y ha socavado la supervisión "
                       "pública sobre el desempeño de las entidades gubernamentales.",
            "description": "La Alta Oficina de Inspección ha desarrollado previamente un mecanismo de asociación "
                           "pública en el proceso de inspección.",
            "contribution": "Esta situación puede allanar el terreno para la corrupción, desafiando la prestación de "
                            "servicios públicos.",
            "relevance": "Relevante para los valores de OGP: acceso a la información, participación cívica.",
            "additional_info": "Plan de acción de Afganistán 2017-2019.",
            "contact": "Oficina de alta inspección",
            "milestones": [
                {"title": "Participación de los medios de comunicación y las organizaciones de la sociedad civil en "
                          "el proceso de inspección", "start": "2017", "end": "2018"},
            ],
        },
    ]


def build_template_docx(path: Path, commitments: list[dict], labels: dict, *, intro: str, annex: str,
                        plan_title: str) -> Path:
    """One commitment table and one milestones table per commitment, between an introduction and an annex."""
    doc = Document()
    doc.add_heading(plan_title, level=0)
    doc.add_heading(intro.split(".")[0], level=1)
    doc.add_paragraph(intro)
    for c in commitments:
        table = doc.add_table(rows=0, cols=2)
        rows = [
            (labels["id_title"], f"{c['number']}. {c['title']}"),
            (labels["dates"], f"{c['start']} - {c['end']}"),
            (labels["lead_institution"], c["lead_institution"]),
            (labels["supporting"], "\n".join(c["supporting"])),
            (labels["problem"], c["problem"]),
            (labels["description"], c["description"]),
            (labels["contribution"], c["contribution"]),
            (labels["relevance"], c["relevance"]),
            (labels["additional_info"], c["additional_info"]),
            (labels["contact"], c["contact"]),
        ]
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        ms = doc.add_table(rows=1, cols=3)
        for cell, head in zip(ms.rows[0].cells, labels["milestones"], strict=True):
            cell.text = head
        for m in c["milestones"]:
            cells = ms.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = m["title"], m["start"], m["end"]
        doc.add_paragraph("")
    doc.add_heading("Annex", level=1)
    doc.add_paragraph(annex)
    doc.save(path)
    return path
