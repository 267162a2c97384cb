<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../../irm_app/ui/app.py" line="+154"/>
        <source>IRM Assessor</source>
        <translation>Evaluador MRI</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This library is already open in another IRM Assessor window (or an irm-app command). Switch to that window, or close it and start again.

%s</source>
        <translation>Esta biblioteca ya está abierta en otra ventana del Evaluador MRI (o en un comando irm-app). Cambie a esa ventana, o ciérrela y vuelva a empezar.

%s</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+112"/>
        <source>Assessment details</source>
        <translation>Detalles de la evaluación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form:</source>
        <translation>Formulario:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A review copy is read-only.</source>
        <translation>Una copia de revisión es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoice</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/opening.py" line="+40"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s comes from a package signed by %s. It will open in your system&apos;s viewer for %s files.</source>
        <translation>%s procede de un paquete firmado por %s. Se abrirá en el visor de su sistema para archivos %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Abrir en el visor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s comes from a package signed by %s and is not a document type the app opens (%s): it could run as a program. You can only save it.</source>
        <translation>%s procede de un paquete firmado por %s y no es un tipo de documento que la aplicación abra (%s): podría ejecutarse como un programa. Solo puede guardarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the attached file</source>
        <translation>Guardar el archivo adjunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the attached file: %s</source>
        <translation>No se puede guardar el archivo adjunto: %s</translation>
    </message>
</context>
<context>
    <name>ClaimLabel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+68"/>
        <source>Government&apos;s claim</source>
        <translation>Lo que declara el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government&apos;s own latest reported status (self-assessment), never an IRM score; compared with the IRM completion level by the form&apos;s rule</source>
        <translation>El último estado reportado por el propio gobierno (autoevaluación), nunca una calificación del MRI; se compara con el nivel de cumplimiento del MRI según la regla del formulario</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location line="-40"/>
        <source>Government&apos;s claim: none reported</source>
        <translation>Lo que declara el gobierno: nada reportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored yet</source>
        <translation>aún sin calificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government’s claim</source>
        <translation>Lo que declara el gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRM</source>
        <translation>MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims more than assessed</source>
        <translation>declara más de lo evaluado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistent with the claim</source>
        <translation>coherente con lo declarado</translation>
    </message>
</context>
<context>
    <name>ClaimsTile</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="+68"/>
        <source>Reported complete</source>
        <translation>Reportado como completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported in progress</source>
        <translation>Reportado en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported not started</source>
        <translation>Reportado sin iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No or other status</source>
        <translation>Sin estado u otro</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Government claims vs IRM</source>
        <translation>Declaraciones del gobierno frente al MRI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Government: %s</source>
        <translation>Gobierno: %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Government claimed more than the IRM assessed</source>
        <translation>El gobierno declaró más de lo que evaluó el MRI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimed more than the IRM assessed (of %s compared)</source>
        <translation>declararon más de lo que evaluó el MRI (de %s comparados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the government reports about each commitment, beside the IRM&apos;s “%s” score. Claims above the IRM&apos;s level need evidence in the justification.</source>
        <translation>Lo que el gobierno reporta sobre cada compromiso, junto a la calificación «%s» del MRI. Las declaraciones por encima del nivel del MRI necesitan evidencia en la justificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from the government&apos;s latest reported status of each commitment. A claim is compared only when the commitment has both a recognised status and an IRM “%s” score.</source>
        <translation>Contado a partir del último estado reportado por el gobierno para cada compromiso. Una declaración solo se compara cuando el compromiso tiene un estado reconocido y una calificación «%s» del MRI.</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <location filename="../../../irm_app/ui/review/comments_view.py" line="+71"/>
        <source>Show comments</source>
        <translation>Mostrar comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All comments</source>
        <translation>Todos los comentarios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply, or how the comment was handled</source>
        <translation>Escriba una respuesta, o cómo se atendió el comentario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply</source>
        <translation>Re&amp;sponder</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Res&amp;olve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Mark the thread resolved (with your name and the time); the reply box&apos;s text is kept as how it was handled</source>
        <translation>Marcar el hilo como resuelto (con su nombre y la hora); el texto de la respuesta queda como la forma en que se atendió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show commitment</source>
        <translation>Mostrar compromiso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New level</source>
        <translation>Nuevo nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and resolve</source>
        <translation>y resolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge the score here</source>
        <translation>Cambiar la p&amp;untuación aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the field this comment is about to the chosen level; the comment records the change</source>
        <translation>Poner el campo del comentario en el nivel elegido; el comentario registra el cambio</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Every reviewer</source>
        <translation>Todos los revisores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every commitment</source>
        <translation>Todos los compromisos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d comments, %d open</source>
        <translation>%d comentarios, %d abiertos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resolved by %s</source>
        <translation>resuelto por %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score changed here: %s → %s</source>
        <translation>Puntuación cambiada aquí: %s → %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved by %s at %s</source>
        <translation>Resuelto por %s el %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on an older version of the package</source>
        <translation>Hecho sobre una versión anterior del paquete</translation>
    </message>
</context>
<context>
    <name>CommitmentChecklist</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="+111"/>
        <source>Filter by id or title</source>
        <translation>Filtrar por id o título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only commitments whose id or title contains this text</source>
        <translation>Mostrar solo los compromisos cuyo id o título contiene este texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked commitments</source>
        <translation>Compromisos vinculados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every commitment this evidence supports</source>
        <translation>Marque cada compromiso que esta evidencia respalda</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d commitments linked</source>
        <translation>%d de %d compromisos vinculados</translation>
    </message>
</context>
<context>
    <name>CommitmentPanel</name>
    <message>
        <location filename="../../../irm_app/ui/intake/commitment_panel.py" line="+100"/>
        <source>member code + number, or the OGP id</source>
        <translation>código del miembro + número, o el id de OGP</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Milestones:</source>
        <translation>Hitos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone title</source>
        <translation>Título del hito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone:</source>
        <translation>Hito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone start</source>
        <translation>Inicio del hito</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end</source>
        <translation>Fin del hito</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>Institución &amp;responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the commitment is</source>
        <translation>En qué consiste el compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it contributes</source>
        <translation>Cómo contribuye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevance to OGP values</source>
        <translation>Relevancia para los valores de OGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>How it was found: %s</source>
        <translation>Cómo se detectó: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %s</source>
        <translation>Fuente: %s</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/panel.py" line="+60"/>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on this commitment or one of its fields</source>
        <translation>Un comentario sobre este compromiso o uno de sus campos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add comment</source>
        <translation>Añad&amp;ir comentario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review state</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;review state</source>
        <translation>&amp;Fijar estado de revisión</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment</source>
        <translation>El compromiso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %s</source>
        <translation>Revisión: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: no state yet</source>
        <translation>Revisión: sin estado aún</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/view.py" line="+20"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>De apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported status</source>
        <translation>Estado reportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government self-assessment</source>
        <translation>Autoevaluación del gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Commitment text</source>
        <translation>Texto del compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a commitment to read it here.</source>
        <translation>Seleccione un compromiso para leerlo aquí.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/model.py" line="+151"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ every applicable field scored and justified; ◐ started</source>
        <translation>✓ todos los campos aplicables calificados y justificados; ◐ iniciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewers&apos; states of each commitment (needs changes, approved...)</source>
        <translation>Los estados de cada compromiso según los revisores (requiere cambios, aprobado...)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Commitment %s</source>
        <translation>Compromiso %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no review state</source>
        <translation>sin estado de revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scored and justified</source>
        <translation>puntuado y justificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>started, not complete</source>
        <translation>empezado, sin terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged to revisit later</source>
        <translation>marcado para revisar más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet determined</source>
        <translation>aún sin determinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not apply</source>
        <translation>no se aplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s, commitment %s</source>
        <translation>%s: %s, compromiso %s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+45"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not scored: </source>
        <translation>Sin calificar: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No justification: </source>
        <translation>Sin justificación: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged: revisit later</source>
        <translation>Marcado: revisar más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/page.py" line="+61"/>
        <source>Filter by ID, title or institution (Ctrl+F)</source>
        <translation>Filtrar por ID, título o institución (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromisos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which commitments the table lists</source>
        <translation>Qué compromisos muestra la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the commitments that need attention</source>
        <translation>Mostrar solo los compromisos que requieren atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All commitments</source>
        <translation>Todos los compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully scored</source>
        <translation>Sin calificar por completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing justification</source>
        <translation>Falta la justificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged: revisit later</source>
        <translation>Marcado: revisar más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed more than assessed</source>
        <translation>Declarado más de lo evaluado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment of the plan: its done mark, title, each field&apos;s level and the derived indicators</source>
        <translation>Una fila por compromiso del plan: su marca de hecho, el título, el nivel de cada campo y los indicadores derivados</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+223"/>
        <source>&amp;Revisit later</source>
        <translation>Revisar más &amp;tarde</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Revisit later</source>
        <translation>Revisar más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag this commitment to come back to; filter on it from the list</source>
        <translation>Marque este compromiso para volver a él; fíltrelo desde la lista</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Review (%n open)</source>
        <translation>
            <numerusform>Revisión (%n abierto)</numerusform>
            <numerusform>Revisión (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review (%d)</source>
        <translation>Revisión (%d)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grand challenges: %s</source>
        <translation>Grandes desafíos: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisit later: %s</source>
        <translation>Revisar más tarde: %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;title</source>
        <translation>Copiar &amp;título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%d of %d commitments shown</source>
        <translation>%d de %d compromisos mostrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This plan has no commitments yet. Add them with Plan &gt; Edit plan (Ctrl+P), or import the plan&apos;s file (Ctrl+I).</source>
        <translation>Este plan aún no tiene compromisos. Añádalos con Plan &gt; Editar plan (Ctrl+P) o importe el archivo del plan (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitment matches “%s” among those shown as “%s”. Clear the filter box, or choose “%s” under Show.</source>
        <translation>Ningún compromiso coincide con “%s” entre los mostrados como “%s”. Vacíe el cuadro de filtro o elija “%s” en Mostrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment matches “%s” in its ID, title or institutions. Check the spelling or clear the filter box.</source>
        <translation>Ningún compromiso coincide con “%s” en su ID, título o instituciones. Revise la ortografía o vacíe el cuadro de filtro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commitment is “%s”. Choose “%s” under Show to see them all.</source>
        <translation>Ningún compromiso está en “%s”. Elija “%s” en Mostrar para verlos todos.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+115"/>
        <source>Create a signing identity</source>
        <translation>Crear una identidad de firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two letters, e.g. CL</source>
        <translation>dos letras, p. ej. CL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country (two-letter code)</source>
        <translation>País (código de dos letras)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>Escriba su nombre tal como debe aparecer en los informes firmados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the two-letter country code (ISO 3166), e.g. CL.</source>
        <translation>Escriba el código de país de dos letras (ISO 3166), p. ej. CL.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/page.py" line="+53"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grand challenge</source>
        <translation>Gran desafío</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assessment dashboard</source>
        <translation>Panel de la evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Open an assessment to see how far it is.</source>
        <translation>Abra una evaluación para ver cuánto ha avanzado.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Field broken down</source>
        <translation>Campo desglosado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scored field the breakdown chart shows</source>
        <translation>Qué campo calificado muestra el gráfico de desglose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group commitments by their theme, or by OGP grand challenge (the plan&apos;s and your own tags; a commitment with two grand challenges counts in both)</source>
        <translation>Agrupar los compromisos por tema, o por gran desafío de OGP (las etiquetas del plan y las suyas; un compromiso con dos grandes desafíos cuenta en ambos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break down:</source>
        <translation>Desglosar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%s by grand challenge</source>
        <translation>%s por gran desafío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s by theme</source>
        <translation>%s por tema</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/charts.py" line="+23"/>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A commitment with two grand challenges is counted in both rows.</source>
        <translation>Un compromiso con dos grandes desafíos se cuenta en ambas filas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived indicators</source>
        <translation>Indicadores derivados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="-115"/>
        <source>Scored</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Compromisos con todos los campos aplicables calificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justified</source>
        <translation>Justificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments whose every set score that needs a justification has one</source>
        <translation>Compromisos en los que cada calificación que requiere justificación la tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With evidence</source>
        <translation>Con evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with at least one evidence item linked</source>
        <translation>Compromisos con al menos un elemento de evidencia vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for revisit</source>
        <translation>Marcados para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments you flagged to come back to</source>
        <translation>Compromisos que marcó para volver a ellos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%s progress</source>
        <translation>Avance: %s</translation>
    </message>
</context>
<context>
    <name>DefinitionsSwitch</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/definitions.py" line="+47"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the levels&apos; definitions and why each derived indicator is what it is (F1; ? on a field shows that field&apos;s)</source>
        <translation>Mostrar las definiciones de los niveles y por qué cada indicador derivado vale lo que vale (F1; ? en un campo muestra las de ese campo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show definitions</source>
        <translation>Mostrar definiciones</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../../irm_app/ui/intake/document_view.py" line="+29"/>
        <source>—— page %s ——</source>
        <translation>—— página %s ——</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-105"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location line="+156"/>
        <source>Edit evidence</source>
        <translation>Editar evidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Ministry progress report, March 2024</source>
        <translation>p. ej. Informe de avance del Ministerio, marzo de 2024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (or YYYY-MM, YYYY); empty: no date</source>
        <translation>AAAA-MM-DD (o AAAA-MM, AAAA); vacío: sin fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document, interview, website or observation</source>
        <translation>Documento, entrevista, sitio web u observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required: what the evidence is, as cited in the report</source>
        <translation>Obligatorio: qué es la evidencia, tal como se cita en el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the evidence was produced or gathered; leave empty if unknown</source>
        <translation>Cuándo se produjo o recopiló la evidencia; déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set date to today</source>
        <translation>Poner la fecha de hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in today&apos;s date</source>
        <translation>Rellenar con la fecha de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it can be found online: an http:// or https:// address</source>
        <translation>Dónde encontrarla en línea: una dirección http:// o https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your notes: who was interviewed, what the page showed, page numbers…</source>
        <translation>Sus notas: a quién se entrevistó, qué mostraba la página, números de página…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a file into the library with this evidence</source>
        <translation>Copiar un archivo a la biblioteca con esta evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear attached file</source>
        <translation>Quitar el archivo adjunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not attach the file chosen here</source>
        <translation>No adjuntar el archivo elegido aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The attached file&apos;s name and SHA-256 fingerprint</source>
        <translation>El nombre del archivo adjunto y su huella SHA-256</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supports:</source>
        <translation>Respalda:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attach a file to this evidence</source>
        <translation>Adjuntar un archivo a esta evidencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too large to attach (limit %d MB)</source>
        <translation>%s es demasiado grande para adjuntarlo (límite %d MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %s: %s</source>
        <translation>No se puede leer %s: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s (new)
SHA-256 %s</source>
        <translation>%s (nuevo)
SHA-256 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s
SHA-256 %s</source>
        <translation>%s
SHA-256 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/panel.py" line="+79"/>
        <source>Evidence for this commitment</source>
        <translation>Evidencia de este compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence linked yet. Add an item, or link one already in this assessment below.</source>
        <translation>Aún no hay evidencia vinculada. Añada un elemento, o vincule abajo uno que ya esté en esta evaluación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a new evidence item for this commitment</source>
        <translation>Añadir un nuevo elemento de evidencia para este compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected evidence item</source>
        <translation>Editar el elemento de evidencia seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected evidence item from the assessment (Ctrl+Z undoes)</source>
        <translation>Eliminar de la evaluación el elemento de evidencia seleccionado (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s URL in your web browser</source>
        <translation>Abrir la URL del elemento en su navegador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open lin&amp;k</source>
        <translation>A&amp;brir enlace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the attached file with your system&apos;s viewer</source>
        <translation>Abrir el archivo adjunto con el visor del sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open file</source>
        <translation>Abrir arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to other co&amp;mmitments…</source>
        <translation>Vincular a otros compr&amp;omisos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every commitment the selected item supports</source>
        <translation>Elegir cada compromiso que respalda el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Other evidence in this assessment</source>
        <translation>Otra evidencia de esta evaluación</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Link &amp;to this commitment</source>
        <translation>Vincular a es&amp;te compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected item evidence for this commitment too</source>
        <translation>Hacer que el elemento seleccionado sea también evidencia de este compromiso</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a commitment to see its evidence.</source>
        <translation>Elija un compromiso para ver su evidencia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence for %s</source>
        <translation>Evidencia de %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only review copy)</source>
        <translation> (copia de revisión de solo lectura)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not linked to any commitment</source>
        <translation>No vinculada a ningún compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports: %s</source>
        <translation>Respalda: %s</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot open the attached file: %s</source>
        <translation>No se puede abrir el archivo adjunto: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown signer</source>
        <translation>un firmante desconocido</translation>
    </message>
</context>
<context>
    <name>EvidenceTree</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/tree.py" line="+23"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="+89"/>
        <source>Export review</source>
        <translation>Exportar revisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of your signing key</source>
        <translation>Frase de contraseña de su clave de firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+83"/>
        <source>Select an assessment in the library first.</source>
        <translation>Primero seleccione una evaluación en la biblioteca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>%s: no such folder</source>
        <translation>%s: no existe esa carpeta</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Report written to %s</source>
        <translation>Informe guardado en %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %s…</source>
        <translation>Escribiendo %s…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Package written to %s (signed by %s)</source>
        <translation>Paquete guardado en %s (firmado por %s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written to %s (signed by %s): a DRAFT for review, marked so in the report and in its signed manifest, not the final report</source>
        <translation>Paquete escrito en %s (firmado por %s): un BORRADOR para revisión, marcado así en el informe y en su manifiesto firmado, no el informe final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing %s…</source>
        <translation>Firmando %s…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a signed package for review</source>
        <translation>Abrir un paquete firmado para revisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>Open package</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Verifying %s…</source>
        <translation>Verificando %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s was refused: %s</source>
        <translation>%s fue rechazado: %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trusted signer</source>
        <translation>firmante de confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>firmante fuera de su lista de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %s read-only: signed by %s (%s)</source>
        <translation>Se abrió %s en solo lectura: firmado por %s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256): %s</source>
        <translation>Huella (SHA-256): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+46"/>
        <source>signed by a different key than the last package from %s: that was %s, this is %s</source>
        <translation>firmado con una clave distinta de la del último paquete de %s: aquella era %s, esta es %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by a different key than the last package of assessment %s: that was %s, this is %s</source>
        <translation>firmado con una clave distinta de la del último paquete de la evaluación %s: aquella era %s, esta es %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+17"/>
        <source>REFUSED: %s was not opened.</source>
        <translation>RECHAZADO: %s no se abrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s</source>
        <translation>Firmante: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the new key with the signer (compare the fingerprint by phone or in person) before accepting it.</source>
        <translation>Compruebe la nueva clave con el firmante (compare la huella por teléfono o en persona) antes de aceptarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the new key and open</source>
        <translation>&amp;Aceptar la nueva clave y abrir</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/field_editor.py" line="+44"/>
        <source>Comments: %d open</source>
        <translation>Comentarios: %d abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments: %d</source>
        <translation>Comentarios: %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments on %s</source>
        <translation>Comentarios sobre %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the answer to this field</source>
        <translation>Quitar la respuesta de este campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %s</source>
        <translation>Quitar %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Justification (required)</source>
        <translation>Justificación (obligatoria)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification for %s</source>
        <translation>Justificación de %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level: cite the evidence. Saved as you type.</source>
        <translation>Por qué este nivel: cite la evidencia. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Does not apply: %s</source>
        <translation>No aplica: %s</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="-211"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the written file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
</context>
<context>
    <name>FlaggedValuesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+217"/>
        <source>Flagged values</source>
        <translation>Valores señalados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the library: commitments %d, milestones %d, assessments %d; flagged values %d</source>
        <translation>En la biblioteca: compromisos %d, hitos %d, evaluaciones %d; valores señalados %d</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location line="-123"/>
        <source>Values the import could not map to a level of the form: kept as they were, not scored. Score these commitments by hand.</source>
        <translation>Valores que la importación no pudo asignar a un nivel del formulario: se conservan tal cual, sin puntuar. Puntúe estos compromisos a mano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value was flagged: every value the file gave was read as a level or left blank.</source>
        <translation>No se señaló ningún valor: cada valor del archivo se leyó como un nivel o quedó en blanco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to commitment</source>
        <translation>&amp;Ir al compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected value&apos;s commitment and field (Enter, or a double-click)</source>
        <translation>Mostrar el compromiso y el campo del valor seleccionado (Intro o doble clic)</translation>
    </message>
</context>
<context>
    <name>FlagsTable</name>
    <message>
        <location line="-55"/>
        <source>Flagged values</source>
        <translation>Valores señalados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(plan)</source>
        <translation>(plan)</translation>
    </message>
</context>
<context>
    <name>GrandChallengesBox</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+44"/>
        <source>Improving public services</source>
        <translation>Mejorar los servicios públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing public integrity</source>
        <translation>Aumentar la integridad pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More effectively managing public resources</source>
        <translation>Gestionar de forma más eficaz los recursos públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating safer communities</source>
        <translation>Crear comunidades más seguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing corporate accountability</source>
        <translation>Aumentar la rendición de cuentas corporativa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenges</source>
        <translation>Grandes desafíos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OGP grand challenges this commitment addresses (for the report and OGP&apos;s data)</source>
        <translation>Los grandes desafíos de OGP que aborda este compromiso (para el informe y los datos de OGP)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenge: %s</source>
        <translation>Gran desafío: %s</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+46"/>
        <source>Settings — Signing identity</source>
        <translation>Configuración — Identidad de firma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to register it with the OGP portal</source>
        <translation>Copiar la huella para registrarla en el portal de OGP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Válida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate identity…</source>
        <translation>C&amp;rear identidad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import .p12…</source>
        <translation>&amp;Importar .p12…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no signing identity yet. Create one (a key and a self-signed certificate, kept on this computer) or import the .p12 your organisation issued. Its fingerprint is what reviewers trust.</source>
        <translation>Aún no tiene identidad de firma. Cree una (una clave y un certificado autofirmado, guardados en este equipo) o importe el .p12 que emitió su organización. Su huella es lo que los revisores reconocen como de confianza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages you export are signed with this identity. Register the fingerprint with the OGP portal so reviewers can trust it.</source>
        <translation>Los paquetes que exporta se firman con esta identidad. Registre la huella en el portal de OGP para que los revisores puedan confiar en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s to %s</source>
        <translation>del %s al %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED: create or import a new identity</source>
        <translation>CADUCADA: cree o importe una identidad nueva</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <location line="-97"/>
        <source>Import a .p12 identity</source>
        <translation>Importar una identidad .p12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#12 file</source>
        <translation>Archivo PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the .p12 file</source>
        <translation>Frase de contraseña del archivo .p12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File pa&amp;ssphrase:</source>
        <translation>Frase de contra&amp;seña del archivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import identity</source>
        <translation>Importar identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the .p12 file your organisation gave you.</source>
        <translation>Elija el archivo .p12 que le dio su organización.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+88"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s</source>
        <translation>Importado %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans: %d (%d new, %d updated)</source>
        <translation>Planes: %d (%d nuevos, %d actualizados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments: %d added, %d updated; milestones: %d</source>
        <translation>Compromisos: %d añadidos, %d actualizados; hitos: %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments from earlier IRM codes: %d (scores: %d)</source>
        <translation>Evaluaciones de códigos IRM anteriores: %d (puntuaciones: %d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged values: %d; conflicts: %d</source>
        <translation>Valores señalados: %d; conflictos: %d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans imported</source>
        <translation>Planes importados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and notes</source>
        <translation>Conflictos y notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans (%d)</source>
        <translation>Planes (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged values (%d)</source>
        <translation>Valores señalados (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and notes (%d)</source>
        <translation>Conflictos y notas (%d)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../../irm_app/ui/library/pane.py" line="+26"/>
        <source>Filter: member, plan, year, researcher (Ctrl+L)</source>
        <translation>Filtrar: miembro, plan, año, investigador (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library (Ctrl+L)</source>
        <translation>Filtrar la biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library</source>
        <translation>Filtrar la biblioteca</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No plans yet: File &gt; Import… (Ctrl+I) or Plan &gt; New plan…</source>
        <translation>Aún no hay planes: Archivo &gt; Importar… (Ctrl+I) o Plan &gt; Nuevo plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan matches “%s”. Try a member&apos;s name, a year or a plan id; Escape clears the filter.</source>
        <translation>Ningún plan coincide con «%s». Pruebe el nombre de un miembro, un año o el id de un plan; Escape borra el filtro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d of %d plans shown</source>
        <translation>%d de %d planes mostrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d planes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d members</source>
        <translation>%d miembros</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../../irm_app/ui/library/tree.py" line="+36"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library: members, their plans and assessments</source>
        <translation>Biblioteca: miembros, sus planes y evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans in this library by OGP member, and the assessments of each</source>
        <translation>Planes de esta biblioteca por miembro de OGP, y las evaluaciones de cada uno</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%s: %s
%d commitments, %d milestones</source>
        <translation>%s: %s
%d compromisos, %d hitos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 plan</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d planes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s: %s in this library</source>
        <translation>%s: %s en esta biblioteca</translation>
    </message>
    <message>
        <location line="+83"/>
        <source> · final</source>
        <translation> · final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d/%d scored</source>
        <translation>%d/%d calificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Compromisos con todos los campos aplicables calificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s%s
Form: %s %s
%d of %d commitments scored, %d justified, %d with evidence, %d to revisit</source>
        <translation>%s%s
Formulario: %s %s
%d de %d compromisos calificados, %d justificados, %d con evidencia, %d por revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d of %d commitments scored</source>
        <translation>%d de %d compromisos calificados</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-161"/>
        <source>Link evidence to commitments</source>
        <translation>Vincular evidencia a compromisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments supported by “%s”:</source>
        <translation>Compromisos respaldados por «%s»:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../irm_app/ui/actions.py" line="+70"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an action plan (JSON) or OGP&apos;s commitments table (CSV, XLSX); or drop a file</source>
        <translation>Importar un plan de acción (JSON) o la tabla de compromisos de OGP (CSV, XLSX); o soltar un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start assessing a plan with a methodology form</source>
        <translation>Empezar a evaluar un plan con un formulario de la metodología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;final</source>
        <translation>Marcar como &amp;final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment final (recorded in the audit log)</source>
        <translation>Marcar como final la evaluación seleccionada (queda registrado en la bitácora de auditoría)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;draft</source>
        <translation>Marcar como &amp;borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment a draft again</source>
        <translation>Volver a marcar como borrador la evaluación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete assessment…</source>
        <translation>E&amp;liminar evaluación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected assessment, after confirmation</source>
        <translation>Eliminar la evaluación seleccionada, previa confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected assessment another title</source>
        <translation>Dar otro título a la evaluación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate assessment…</source>
        <translation>D&amp;uplicar evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft starting from everything recorded in the selected assessment</source>
        <translation>Un nuevo borrador a partir de todo lo registrado en la evaluación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename plan…</source>
        <translation>&amp;Renombrar plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected plan&apos;s title</source>
        <translation>Cambiar el título del plan seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate plan…</source>
        <translation>D&amp;uplicar plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected plan&apos;s text and commitments under a new id</source>
        <translation>Una copia del texto y los compromisos del plan seleccionado con un nuevo id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete plan…</source>
        <translation>E&amp;liminar plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected plan and its assessments, after confirmation (a backup is written first)</source>
        <translation>Eliminar el plan seleccionado y sus evaluaciones, tras confirmar (antes se escribe una copia de seguridad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty library file and open it</source>
        <translation>Crear un archivo de biblioteca vacío y abrirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the selected assessment&apos;s report as Word or PDF</source>
        <translation>Guardar el informe de la evaluación seleccionada en Word o PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed &amp;package…</source>
        <translation>Exportar &amp;paquete firmado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the assessment, its reports and evidence into a verifiable .irmpkg</source>
        <translation>Firmar la evaluación, sus informes y su evidencia en un .irmpkg verificable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check a package or signed PDF: intact, and who signed it</source>
        <translation>Comprobar un paquete o un PDF firmado: si está íntegro y quién lo firmó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;ackage for review…</source>
        <translation>Abrir pa&amp;quete para revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a signed package, then open it read-only in this library</source>
        <translation>Verificar un paquete firmado y abrirlo en solo lectura en esta biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a reviewer&apos;s signed .irmreview, or the comments of a reviewed Word file</source>
        <translation>Incorporar el .irmreview firmado de un revisor, o los comentarios de un archivo Word revisado</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Rena&amp;me assessment…</source>
        <translation>Ren&amp;ombrar evaluación…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New li&amp;brary…</source>
        <translation>Nueva bibliote&amp;ca…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import revie&amp;w…</source>
        <translation>Impor&amp;tar revisión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xportar revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign your comments and review states on this review copy into a .irmreview</source>
        <translation>Firmar sus comentarios y estados de revisión de esta copia en un .irmreview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review comments of the assessment shown, with filters</source>
        <translation>Los comentarios de revisión de la evaluación mostrada, con filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another library file</source>
        <translation>Abrir otro archivo de biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;details…</source>
        <translation>De&amp;talles de la evaluación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The researcher of the assessment shown (recorded on its report)</source>
        <translation>El investigador o la investigadora de la evaluación mostrada (consta en su informe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a plan by hand: member, number, period, themes, then its commitments</source>
        <translation>Escribir un plan a mano: miembro, número, periodo, temas y luego sus compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Editar plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected plan&apos;s header, commitments and milestones (with undo)</source>
        <translation>Editar el encabezado, los compromisos y los hitos del plan seleccionado (con deshacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged values…</source>
        <translation>&amp;Valores señalados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the selected plan&apos;s import could not read as levels, each with a jump to its commitment</source>
        <translation>Los valores que la importación del plan seleccionado no pudo leer como niveles, cada uno con un salto a su compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find commitment</source>
        <translation>&amp;Buscar compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the commitments by ID, title or institution</source>
        <translation>Filtrar los compromisos por ID, título o institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>Buscar en t&amp;odo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the plans&apos; texts, justifications, evidence and narrative</source>
        <translation>Buscar palabras en los textos de los planes, las justificaciones, la evidencia y la narrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the &amp;library</source>
        <translation>&amp;Filtrar la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the library to a member, a plan, a year or a researcher</source>
        <translation>Reducir la biblioteca a un miembro, un plan, un año o un investigador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous commitment</source>
        <translation>Compromiso &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next commitment</source>
        <translation>Compromiso &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan-level</source>
        <translation>Nivel del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, recorded on new assessments and with every change; the interface language</source>
        <translation>Su nombre, que consta en las nuevas evaluaciones y en cada cambio; el idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;identity…</source>
        <translation>&amp;Identidad de firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing key and certificate: create, import, copy the fingerprint</source>
        <translation>Su clave y su certificado de firma: crear, importar, copiar la huella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;signers…</source>
        <translation>&amp;Firmantes de confianza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signers and organisation CAs whose packages you trust</source>
        <translation>Los firmantes y las autoridades de certificación (CA) de organizaciones cuyos paquetes le merecen confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology…</source>
        <translation>&amp;Metodología…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The methodology form of the assessment in view: its fields, levels and definitions</source>
        <translation>El formulario de metodología de la evaluación en pantalla: sus campos, niveles y definiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IRM Assessor</source>
        <translation>&amp;Acerca del Evaluador MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/assessment_actions.py" line="+25"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment in the library first.</source>
        <translation>Primero seleccione una evaluación en la biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Assessment status</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %s</source>
        <translation>Marcada como %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>Delete assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete “%s” with its %d recorded fields and its evidence?</source>
        <translation>¿Eliminar «%s» con sus %d campos registrados y su evidencia?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Antes se escribe una copia de seguridad de la biblioteca (irm-app backups la lista, irm-app restore la restituye). El registro de auditoría guarda constancia de la eliminación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+83"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_install.py" line="+49"/>
        <source>&amp;Commitments</source>
        <translation>Co&amp;mpromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+36"/>
        <source>P&amp;lan-level</source>
        <translation>Nive&amp;l del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+11"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+13"/>
        <source>&amp;Narrative</source>
        <translation>Na&amp;rrativa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>IRM Assessor — %s</source>
        <translation>Evaluador MRI — %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_pages.py" line="+61"/>
        <source>This plan has no assessment yet.</source>
        <translation>Este plan aún no tiene evaluación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one to start scoring: choose the methodology form that fits the plan&apos;s period. Every score, justification and piece of evidence is saved as you go.</source>
        <translation>Cree una para empezar a puntuar: elija el formulario de metodología que corresponde al periodo del plan. Cada puntuación, justificación y prueba se guarda sobre la marcha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+79"/>
        <source>Library restored from a backup</source>
        <translation>Biblioteca restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+42"/>
        <source>Loading the sample plan…</source>
        <translation>Cargando el plan de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+68"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assessment details</source>
        <translation>Detalles de la evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Researcher of this assessment: %s</source>
        <translation>Investigador/a de esta evaluación: %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+7"/>
        <source>Reading %s…</source>
        <translation>Leyendo %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+33"/>
        <location filename="../../../irm_app/ui/menus.py" line="+205"/>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/menus.py" line="-179"/>
        <source>Action plans (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;All files (*)</source>
        <translation>Planes de acción (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import an action plan</source>
        <translation>Importar un plan de acción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Libraries (*.db);;All files (*)</source>
        <translation>Bibliotecas (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a plan first</source>
        <translation>Seleccione primero un plan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Researcher: %s</source>
        <translation>Investigador/a: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment first</source>
        <translation>Primero seleccione una evaluación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;IRM Assessor %s&lt;/h3&gt;&lt;p&gt;Assess OGP action plans with the IRM methodology, offline, and export signed reports.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evaluador MRI %s&lt;/h3&gt;&lt;p&gt;Evalúe planes de acción de OGP con la metodología del Mecanismo de Revisión Independiente, sin conexión, y exporte informes firmados.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an assessment first: this page describes the methodology form it uses.</source>
        <translation>Abra primero una evaluación: esta página describe el formulario de metodología que usa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About IRM Assessor</source>
        <translation>Acerca del Evaluador MRI</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+57"/>
        <source>Plan %s has no assessment yet: create one (File &gt; New assessment) to score its flagged values</source>
        <translation>El plan %s aún no tiene evaluación: cree una (Archivo &gt; Nueva evaluación) para puntuar sus valores señalados</translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <location filename="../../../irm_app/ui/library/manage.py" line="+85"/>
        <source>Select an assessment in the library first</source>
        <translation>Seleccione primero una evaluación en la biblioteca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a plan in the library first</source>
        <translation>Seleccione primero un plan en la biblioteca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename assessment</source>
        <translation>Renombrar evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Duplicated: the copy is a draft with every score, justification, evidence item and section of the original</source>
        <translation>Duplicada: la copia es un borrador con cada calificación, justificación, evidencia y sección del original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new draft of the same plan and form, starting from everything recorded in this one (e.g. the end-of-term review from the progress assessment).</source>
        <translation>Un nuevo borrador del mismo plan y formulario, a partir de todo lo registrado en este (p. ej., la revisión de fin de período a partir de la evaluación de avance).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate assessment</source>
        <translation>Duplicar evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title of the copy:</source>
        <translation>&amp;Título de la copia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (copy)</source>
        <translation>%s (copia)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename plan</source>
        <translation>Renombrar plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A copy of the plan&apos;s text and commitments under a new id; its assessments stay with the original.</source>
        <translation>Una copia del texto y los compromisos del plan con un nuevo id; sus evaluaciones se quedan con el original.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate plan</source>
        <translation>Duplicar plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ID of the copy:</source>
        <translation>&amp;ID de la copia:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the plan “%s %s” with its %d commitments, %d assessments and their %d recorded fields?</source>
        <translation>¿Eliminar el plan «%s %s» con sus %d compromisos, %d evaluaciones y sus %d campos registrados?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Antes se escribe una copia de seguridad de la biblioteca (irm-app backups la lista, irm-app restore la restituye). El registro de auditoría guarda constancia de la eliminación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete plan</source>
        <translation>&amp;Eliminar plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan deleted; the backup written before is %s</source>
        <translation>Plan eliminado; la copia de seguridad escrita antes es %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>New library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Libraries (*.db)</source>
        <translation>Bibliotecas (*.db)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s already exists: File &gt; Open library… opens it; choose another name for a new one.</source>
        <translation>%s ya existe: Archivo &gt; Abrir biblioteca… la abre; elija otro nombre para una nueva.</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/methodology.py" line="+29"/>
        <source>Methodology — %s</source>
        <translation>Metodología — %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The methodology form in use</source>
        <translation>El formulario de metodología en uso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Form %s, version %s</source>
        <translation>Formulario %s, versión %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commitment</source>
        <translation>Cada compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan as a whole</source>
        <translation>El plan en su conjunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Derived indicators (computed, never entered)</source>
        <translation>Indicadores derivados (calculados, nunca introducidos a mano)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrative sections</source>
        <translation>Secciones narrativas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source: %s</source>
        <translation>Fuente: %s</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="-88"/>
        <source>Researcher name</source>
        <translation>Nombre del investigador o la investigadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ana Pérez</source>
        <translation>p. ej. Ana Pérez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Investigador/a:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Bienvenido/a al Evaluador MRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is recorded on the assessments you start and with every change you make. You can change it later in Settings › Preferences.</source>
        <translation>Su nombre consta en las evaluaciones que inicie y en cada cambio que haga. Puede cambiarlo más tarde en Configuración › Preferencias.</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/page.py" line="+112"/>
        <source>This assessment&apos;s form has no narrative sections: its report is written from the scores and their justifications. Export it with File &gt; Export report (Ctrl+E).</source>
        <translation>El formulario de esta evaluación no tiene secciones narrativas: su informe se redacta a partir de las puntuaciones y sus justificaciones. Expórtelo con Archivo &gt; Exportar informe (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected commitment</source>
        <translation>El compromiso seleccionado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a commitment on the Commitments tab to write its analysis.</source>
        <translation>Seleccione un compromiso en la pestaña Compromisos para redactar su análisis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the cluster “%s” (%s): these sections are written once for the whole cluster.</source>
        <translation>%s pertenece al grupo “%s” (%s): estas secciones se redactan una sola vez para todo el grupo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written for %s; the report analyses it in depth only if it is promising.</source>
        <translation>Redactado para %s; el informe lo analiza en profundidad solo si es prometedor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan&apos;s description of the commitment (read-only)</source>
        <translation>La descripción del compromiso en el plan (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s description (read-only):</source>
        <translation>La descripción del plan (solo lectura):</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write %s (%s)</source>
        <translation>Redactar %s (%s)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/new_assessment.py" line="+35"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a member, a year or a plan id</source>
        <translation>Escriba un miembro, un año o el id de un plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodology form</source>
        <translation>Formulario de la metodología</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Researcher name</source>
        <translation>Nombre del investigador o la investigadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Metodología:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Investigador/a:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No plan is called that: choose one from the list</source>
        <translation>Ningún plan se llama así: elija uno de la lista</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="+128"/>
        <source>Export signed package</source>
        <translation>Exportar paquete firmado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as %s
Fingerprint %s</source>
        <translation>Firmado como %s
Huella %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing identity yet: create one in Settings &gt; Identity first.</source>
        <translation>Aún no tiene identidad de firma: primero cree una en Configuración &gt; Identidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRM packages (*.irmpkg)</source>
        <translation>Paquetes MRI (*.irmpkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of your signing key</source>
        <translation>Frase de contraseña de su clave de firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign and export</source>
        <translation>Firmar y exportar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That passphrase does not unlock your signing key. Type it again (it is the one you chose when you created the identity).</source>
        <translation>Esa frase de contraseña no desbloquea su clave de firma. Escríbala de nuevo (es la que eligió al crear la identidad).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="-118"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>La frase de contraseña necesita al menos %d caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-126"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../../irm_app/ui/plans/actions.py" line="+26"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>por defecto AP_&lt;código&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member &amp;code:</source>
        <translation>&amp;Código del miembro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id del plan:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan first (or Plan &gt; New plan…)</source>
        <translation>Primero seleccione un plan (o Plan &gt; Nuevo plan…)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../irm_app/ui/plans/editor.py" line="+46"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>Institución responsa&amp;ble:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>Temáti&amp;ca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;problem:</source>
        <translation>&amp;Problema público:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone ID:</source>
        <translation>ID del hito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone title:</source>
        <translation>Título del hito:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Commitments:</source>
        <translation>Compromisos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments of the plan</source>
        <translation>Compromisos del plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Milestones:</source>
        <translation>Hitos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones of the commitment</source>
        <translation>Hitos del compromiso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan — %s %s (%s)</source>
        <translation>Plan — %s %s (%s)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete commitment</source>
        <translation>Eliminar compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s has %s. Delete it and them?</source>
        <translation>%s tiene %s. ¿Eliminarlo junto con ellos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log keeps the record; Undo puts everything back.</source>
        <translation>La bitácora de auditoría conserva el registro; Deshacer lo restituye todo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../../irm_app/ui/plans/header.py" line="+35"/>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o.:</source>
        <translation>N.&amp;º:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan t&amp;itle:</source>
        <translation>Tít&amp;ulo del plan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Th&amp;emes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>plan number %r: a whole number, e.g. 5</source>
        <translation>número de plan %r: un número entero, p. ej. 5</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/plan_page.py" line="+62"/>
        <source>The plan as a whole: %s %s</source>
        <translation>El plan en su conjunto: %s %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has no plan-level fields.</source>
        <translation>Este formulario no tiene campos a nivel del plan.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded on new assessments and with every change. Assessments already started keep theirs: change one in Edit › Assessment details.</source>
        <translation>El nombre que consta en las nuevas evaluaciones y en cada cambio. Las evaluaciones ya iniciadas conservan el suyo: cámbielo en Editar › Detalles de la evaluación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time IRM Assessor starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie el Evaluador MRI.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-16"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports (*.pdf *.docx)</source>
        <translation>Informes (*.pdf *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/report_box.py" line="+36"/>
        <source>Comment on the report</source>
        <translation>Comentario sobre el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the whole report or the plan-level assessment</source>
        <translation>Un comentario sobre todo el informe o la evaluación a nivel del plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review state of the report</source>
        <translation>Estado de revisión del informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the review state of the report</source>
        <translation>Fijar el estado de revisión del informe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The whole report</source>
        <translation>Todo el informe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report: %s</source>
        <translation>El informe: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report: no state yet</source>
        <translation>El informe: sin estado aún</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-56"/>
        <source>Reviews (*.irmreview *.docx);;Review files (*.irmreview);;Word (*.docx);;All files (*)</source>
        <translation>Revisiones (*.irmreview *.docx);;Archivos de revisión (*.irmreview);;Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import a review</source>
        <translation>Importar una revisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %s…</source>
        <translation>Leyendo %s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying %s…</source>
        <translation>Verificando %s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+40"/>
        <source>Import review</source>
        <translation>Importar revisión</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%s: it reviews assessment %s, which is not one of yours in this library; nothing was imported</source>
        <translation>%s: revisa la evaluación %s, que no es una de las suyas en esta biblioteca; no se importó nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: which assessment does it review? Select the assessment first (the file names none of this library&apos;s)</source>
        <translation>%s: ¿qué evaluación revisa? Seleccione primero la evaluación (el archivo no nombra ninguna de esta biblioteca)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %d new comments, %d already here, %d tracked changes</source>
        <translation>%s: %d comentarios nuevos, %d ya presentes, %d cambios registrados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>older (flagged)</source>
        <translation>anterior (marcada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>firmante fuera de su lista de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s (%s): %d new comments, %d already here, %d states; reviews the %s version</source>
        <translation>%s de %s (%s): %d comentarios nuevos, %d ya presentes, %d estados; revisa la versión %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a review copy first: a review is exported from the copy you commented on</source>
        <translation>Seleccione primero una copia de revisión: la revisión se exporta desde la copia que comentó</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export review</source>
        <translation>Exportar revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review written to %s: %d comments, %d states</source>
        <translation>Revisión escrita en %s: %d comentarios, %d estados</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/review_banner.py" line="+20"/>
        <source>Review copy</source>
        <translation>Copia de revisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review copy signed by %s (read-only)</source>
        <translation>Copia de revisión firmada por %s (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>un firmante desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s
Nothing in a review copy can be edited; open a newer package from the researcher to update it.</source>
        <translation>Firmante: %s
Nada en una copia de revisión se puede editar; abra un paquete más reciente del investigador o la investigadora para actualizarla.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/intake/review_dialog.py" line="+61"/>
        <source>Review the plan read from %s</source>
        <translation>Revisar el plan leído de %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s text</source>
        <translation>El texto del documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected commitments</source>
        <translation>Compromisos detectados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document (%s layout, %d paragraphs):</source>
        <translation>El documento (diseño %s, %d párrafos):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>AP_&lt;código&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>themes, comma-separated</source>
        <translation>temas, separados por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No.:</source>
        <translation>N.&amp;º:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;emes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id del plan:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Move the selected text to</source>
        <translation>Mover el texto seleccionado a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>Unir con el siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To milestones</source>
        <translation>A hitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone to text</source>
        <translation>Hito a texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move text to</source>
        <translation>Mover el texto a</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IDs from code + number</source>
        <translation>ID a partir de código + número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show source</source>
        <translation>Mostrar la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%d commitments detected:</source>
        <translation>%d compromisos detectados:</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../../irm_app/ui/review/summary.py" line="+47"/>
        <source>Review: %d comments, %d open</source>
        <translation>Revisión: %d comentarios, %d abiertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments: %s</source>
        <translation>Compromisos: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report: %s</source>
        <translation>El informe: %s</translation>
    </message>
</context>
<context>
    <name>ReviewTerms</name>
    <message>
        <location filename="../../../irm_app/ui/review/terms.py" line="+15"/>
        <source>IRM staff</source>
        <translation>Personal del MRI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External Reviewer</source>
        <translation>Revisor externo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>Requiere cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/scoring_form.py" line="+45"/>
        <source>Derived indicators</source>
        <translation>Indicadores derivados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from the scores by the methodology; updates as you score</source>
        <translation>Calculado a partir de las calificaciones según la metodología; se actualiza mientras califica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels of the focused field</source>
        <translation>Niveles del campo activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus a field to see its levels and definitions here.</source>
        <translation>Active un campo para ver aquí sus niveles y definiciones.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet determined</source>
        <translation>aún sin determinar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%d not yet determined</source>
        <translation>%d aún sin determinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived:</source>
        <translation>Derivados:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Score %s: %s</source>
        <translation>Calificar %s: %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Justify %s: %s</source>
        <translation>Justificar %s: %s</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../irm_app/ui/search/panel.py" line="+95"/>
        <source>Search descriptions, milestones, justifications, evidence, narrative (Ctrl+K)</source>
        <translation>Buscar en descripciones, hitos, justificaciones, evidencia, narrativa (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text (Ctrl+K)</source>
        <translation>Buscar en todos los textos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text</source>
        <translation>Buscar en todos los textos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment and its plan</source>
        <translation>Esta evaluación y su plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type words to find them in the plan&apos;s texts, your justifications, evidence, narrative and review comments. Every word must occur, in any order.</source>
        <translation>Escriba palabras para encontrarlas en los textos del plan, sus justificaciones, la evidencia, la narrativa y los comentarios de revisión. Deben aparecer todas, en cualquier orden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this assessment and its plan</source>
        <translation>esta evaluación y su plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any plan</source>
        <translation>ningún plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches for “%s” in %s. Every word must occur: try fewer words, or search All plans.</source>
        <translation>Sin resultados para «%s» en %s. Deben aparecer todas las palabras: pruebe con menos palabras o busque en Todos los planes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best %d of %d matches: add a word to narrow them.</source>
        <translation>Los %d mejores de %d resultados: añada una palabra para acotarlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d matches</source>
        <translation>%d resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Enter or a double-click goes there.</source>
        <translation>. Intro o un doble clic lleva allí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan text</source>
        <translation>Texto del plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s · Milestone %s</source>
        <translation>%s · Hito %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · Justification: %s</source>
        <translation>%s · Justificación: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan level</source>
        <translation>Nivel del plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Evidence</source>
        <translation>%s · Evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Review comment</source>
        <translation>%s · Comentario de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s · Narrative: %s</source>
        <translation>%s · Narrativa: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevance (plan&apos;s text)</source>
        <translation>Relevancia (texto del plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/editor.py" line="+94"/>
        <source>Type here. Blank line: new paragraph; &quot;- &quot;: bullet; **bold**, *italic*, [text](https://...), [E:id] cites evidence.</source>
        <translation>Escriba aquí. Línea en blanco: nuevo párrafo; &quot;- &quot;: viñeta; **negrita**, *cursiva*, [texto](https://...), [E:id] cita una evidencia.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>**bold**</source>
        <translation>**negrita**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*italic*</source>
        <translation>*cursiva*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullet</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;- &quot; at the start of each selected line</source>
        <translation>&quot;- &quot; al comienzo de cada línea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[text](https://...)</source>
        <translation>[texto](https://...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cite evidence</source>
        <translation>Citar evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert [E:id]: the report prints the source&apos;s number</source>
        <translation>Insertar [E:id]: el informe imprime el número de la fuente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (https://, http:// or mailto:)</source>
        <translation>Dirección (https://, http:// o mailto:)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No evidence in this assessment yet</source>
        <translation>Todavía no hay evidencias en esta evaluación</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%d / %d words suggested</source>
        <translation>%d / %d palabras sugeridas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d words</source>
        <translation>%d palabras</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <location filename="../../../irm_app/ui/sound_check.py" line="+33"/>
        <source>Checking the library…</source>
        <translation>Comprobando la biblioteca…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library could not be checked yet (%s); trying again…</source>
        <translation>No se pudo comprobar la biblioteca todavía (%s); se vuelve a intentar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library could not be checked (%s): changes stay paused; open it again to retry</source>
        <translation>No se pudo comprobar la biblioteca (%s): los cambios siguen en pausa; ábrala de nuevo para reintentar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../../irm_app/ui/store.py" line="+80"/>
        <source>Internal error: %s (details in the log)</source>
        <translation>Error interno: %s (detalles en el registro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %s</source>
        <translation>Guardado %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/evidence/commands.py" line="+38"/>
        <source>Add evidence “%s”</source>
        <translation>Añadir evidencia «%s»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit evidence “%s”</source>
        <translation>Editar evidencia «%s»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove evidence “%s”</source>
        <translation>Quitar evidencia «%s»</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Link evidence “%s”</source>
        <translation>Vincular evidencia «%s»</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../../irm_app/ui/tasks.py" line="+97"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>TrackedChangesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-218"/>
        <source>Review imported</source>
        <translation>Revisión importada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked changes in the Word file (listed, never applied; change the scores or the narrative yourself where you agree):</source>
        <translation>Cambios registrados en el archivo Word (se listan, nunca se aplican; cambie usted las puntuaciones o la narrativa donde esté de acuerdo):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>insertado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/trusted.py" line="+49"/>
        <location line="+3"/>
        <source>Trusted signers</source>
        <translation>Firmantes de confianza</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate file or fingerprint</source>
        <translation>Archivo de certificado o huella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate file, or the signer&apos;s SHA-256 fingerprint</source>
        <translation>Un archivo de certificado, o la huella SHA-256 del firmante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed with a fingerprint; a certificate gives its own</source>
        <translation>Necesario con una huella; un certificado trae el suyo</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An organisation&apos;s C&amp;A certificate (trust every key it issues)</source>
        <translation>Certificado de una a&amp;utoridad (CA) de la organización (confiar en cada clave que emite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate or fingerprint:</source>
        <translation>&amp;Certificado o huella:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer</source>
        <translation>firmante</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trust a certificate</source>
        <translation>Confiar en un certificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a certificate file or paste a fingerprint first.</source>
        <translation>Elija primero un archivo de certificado o pegue una huella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the signer&apos;s name with a fingerprint.</source>
        <translation>Indique el nombre del firmante junto con la huella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted %s (%s)</source>
        <translation>De confianza: %s (%s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer trusted: %s (%s)</source>
        <translation>Ya no es de confianza: %s (%s)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+11"/>
        <source>KEY CHANGED — not accepted as a replacement</source>
        <translation>CLAVE CAMBIADA — no aceptada como reemplazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VALID — trusted signer</source>
        <translation>VÁLIDO — firmante de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALID — untrusted signer (not in your trusted list)</source>
        <translation>VÁLIDO — firmante no reconocido (fuera de su lista de confianza)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify a package or signed PDF</source>
        <translation>Verificar un paquete o un PDF firmado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to verify</source>
        <translation>Archivo por verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop a .irmpkg or signed PDF</source>
        <translation>Elija o suelte un .irmpkg o un PDF firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted fingerprint</source>
        <translation>Huella de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the signer&apos;s SHA-256 fingerprint you expect</source>
        <translation>Opcional: la huella SHA-256 del firmante que espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted fingerprint:</source>
        <translation>&amp;Huella de confianza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to verify.</source>
        <translation>Elija un archivo para verificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Verifying %s…</source>
        <translation>Verificando %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>UNREADABLE — %s</source>
        <translation>ILEGIBLE — %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/welcome.py" line="+46"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Bienvenido/a al Evaluador MRI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is empty. Start with the sample action plan (%s) to see how scoring works, or import your country&apos;s plan.</source>
        <translation>Esta biblioteca está vacía. Empiece con el plan de acción de ejemplo (%s) para ver cómo funciona la calificación, o importe el plan de su país.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodology form</source>
        <translation>Formulario de la metodología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IRM methodology the assessment follows</source>
        <translation>La metodología del MRI que sigue la evaluación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Researcher name</source>
        <translation>Nombre del investigador o la investigadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every change</source>
        <translation>Su nombre, que consta en cada cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Metodología:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Investigador/a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sample plan and start an assessment</source>
        <translation>Cargar el plan de ejemplo y empezar una evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports the bundled sample plan and creates an assessment of it</source>
        <translation>Importa el plan de ejemplo incluido y crea una evaluación de él</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an action plan…</source>
        <translation>Importar un plan de acción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan as JSON, or OGP&apos;s commitments table (.csv, .xlsx)</source>
        <translation>Un plan en JSON, o la tabla de compromisos de OGP (.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>_IdentityForm</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+20"/>
        <source>Replace my current identity (packages it signed stay valid)</source>
        <translation>Reemplazar mi identidad actual (los paquetes que firmó siguen siendo válidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing identity</source>
        <translation>Reemplazar la identidad existente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You already have an identity: tick Replace to make a new one.</source>
        <translation>Ya tiene una identidad: marque Reemplazar para crear una nueva.</translation>
    </message>
</context>
</TS>
