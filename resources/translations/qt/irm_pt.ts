<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message>
        <location filename="../../../irm_app/ui/app.py" line="+154"/>
        <source>IRM Assessor</source>
        <translation>Avaliador IRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This library is already open in another IRM Assessor window (or an irm-app command). Switch to that window, or close it and start again.

%s</source>
        <translation>Esta biblioteca já está aberta em outra janela do Avaliador IRM (ou em um comando irm-app). Vá para essa janela, ou feche-a e comece de novo.

%s</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+112"/>
        <source>Assessment details</source>
        <translation>Detalhes da avaliação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment:</source>
        <translation>Avaliação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form:</source>
        <translation>Formulário:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A review copy is read-only.</source>
        <translation>Uma cópia de revisão é somente leitura.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoice</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/opening.py" line="+40"/>
        <source>Attached file</source>
        <translation>Arquivo anexado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s comes from a package signed by %s. It will open in your system&apos;s viewer for %s files.</source>
        <translation>%s vem de um pacote assinado por %s. Será aberto no visualizador do seu sistema para arquivos %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Abrir no visualizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no extension</source>
        <translation>sem extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s comes from a package signed by %s and is not a document type the app opens (%s): it could run as a program. You can only save it.</source>
        <translation>%s vem de um pacote assinado por %s e não é um tipo de documento que o aplicativo abre (%s): poderia ser executado como um programa. Você só pode salvá-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the attached file</source>
        <translation>Salvar o arquivo anexado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the attached file: %s</source>
        <translation>Não é possível salvar o arquivo anexado: %s</translation>
    </message>
</context>
<context>
    <name>ClaimLabel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+68"/>
        <source>Government&apos;s claim</source>
        <translation>O que o governo declara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government&apos;s own latest reported status (self-assessment), never an IRM score; compared with the IRM completion level by the form&apos;s rule</source>
        <translation>O último status informado pelo próprio governo (autoavaliação), nunca uma avaliação do IRM; comparado com o nível de cumprimento do IRM pela regra do formulário</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location line="-40"/>
        <source>Government&apos;s claim: none reported</source>
        <translation>O que o governo declara: nada informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored yet</source>
        <translation>ainda não avaliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government’s claim</source>
        <translation>O que o governo declara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRM</source>
        <translation>IRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims more than assessed</source>
        <translation>declara mais do que o avaliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistent with the claim</source>
        <translation>coerente com o declarado</translation>
    </message>
</context>
<context>
    <name>ClaimsTile</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="+68"/>
        <source>Reported complete</source>
        <translation>Informado como concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported in progress</source>
        <translation>Informado em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported not started</source>
        <translation>Informado como não iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No or other status</source>
        <translation>Sem status ou outro</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Government claims vs IRM</source>
        <translation>Declarações do governo vs. IRM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Government: %s</source>
        <translation>Governo: %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Government claimed more than the IRM assessed</source>
        <translation>O governo declarou mais do que o IRM avaliou</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimed more than the IRM assessed (of %s compared)</source>
        <translation>declararam mais do que o IRM avaliou (de %s comparados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the government reports about each commitment, beside the IRM&apos;s “%s” score. Claims above the IRM&apos;s level need evidence in the justification.</source>
        <translation>O que o governo informa sobre cada compromisso, ao lado da avaliação “%s” do IRM. Declarações acima do nível do IRM precisam de evidências na justificativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from the government&apos;s latest reported status of each commitment. A claim is compared only when the commitment has both a recognised status and an IRM “%s” score.</source>
        <translation>Contado a partir do último status informado pelo governo para cada compromisso. Uma declaração só é comparada quando o compromisso tem um status reconhecido e uma avaliação “%s” do IRM.</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <location filename="../../../irm_app/ui/review/comments_view.py" line="+71"/>
        <source>Show comments</source>
        <translation>Mostrar comentários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All comments</source>
        <translation>Todos os comentários</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolvidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
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
        <translation>O comentário</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply, or how the comment was handled</source>
        <translation>Escreva uma resposta, ou como o comentário foi tratado</translation>
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
        <translation>Marcar a conversa como resolvida (com seu nome e a hora); o texto da caixa de resposta fica registrado como a forma em que foi tratado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show commitment</source>
        <translation>Mostrar compromisso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New level</source>
        <translation>Novo nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and resolve</source>
        <translation>e resolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge the score here</source>
        <translation>Mudar a a&amp;valiação aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the field this comment is about to the chosen level; the comment records the change</source>
        <translation>Definir o campo a que este comentário se refere no nível escolhido; o comentário registra a alteração</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Every reviewer</source>
        <translation>Todos os revisores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every commitment</source>
        <translation>Todos os compromissos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d comments, %d open</source>
        <translation>%d comentários, %d abertos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resolved by %s</source>
        <translation>resolvido por %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score changed here: %s → %s</source>
        <translation>Avaliação alterada aqui: %s → %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved by %s at %s</source>
        <translation>Resolvido por %s em %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on an older version of the package</source>
        <translation>Feito sobre uma versão anterior do pacote</translation>
    </message>
</context>
<context>
    <name>CommitmentChecklist</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="+111"/>
        <source>Filter by id or title</source>
        <translation>Filtrar por id ou título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only commitments whose id or title contains this text</source>
        <translation>Mostrar só os compromissos cujo id ou título contém este texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked commitments</source>
        <translation>Compromissos vinculados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every commitment this evidence supports</source>
        <translation>Marque cada compromisso que esta evidência sustenta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d commitments linked</source>
        <translation>%d de %d compromissos vinculados</translation>
    </message>
</context>
<context>
    <name>CommitmentPanel</name>
    <message>
        <location filename="../../../irm_app/ui/intake/commitment_panel.py" line="+100"/>
        <source>member code + number, or the OGP id</source>
        <translation>código do membro + número, ou o id da OGP</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Milestones:</source>
        <translation>Marcos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone title</source>
        <translation>Título do marco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone start</source>
        <translation>Início do marco</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end</source>
        <translation>Fim do marco</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>End:</source>
        <translation>Fim:</translation>
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
        <translation>Instituição &amp;responsável:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the commitment is</source>
        <translation>O que é o compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it contributes</source>
        <translation>Como contribui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevance to OGP values</source>
        <translation>Relevância para os valores da OGP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Informações adicionais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>Instituição responsável</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>How it was found: %s</source>
        <translation>Como foi detectado: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %s</source>
        <translation>Fonte: %s</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/panel.py" line="+60"/>
        <source>New comment</source>
        <translation>Novo comentário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on this commitment or one of its fields</source>
        <translation>Um comentário sobre este compromisso ou um de seus campos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add comment</source>
        <translation>A&amp;dicionar comentário</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review state</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;review state</source>
        <translation>&amp;Definir estado da revisão</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment</source>
        <translation>O compromisso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %s</source>
        <translation>Revisão: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: no state yet</source>
        <translation>Revisão: ainda sem estado</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>De apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported status</source>
        <translation>Status informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government self-assessment</source>
        <translation>Autoavaliação do governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Commitment text</source>
        <translation>Texto do compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a commitment to read it here.</source>
        <translation>Selecione um compromisso para lê-lo aqui.</translation>
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
        <translation>Instituição responsável</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ every applicable field scored and justified; ◐ started</source>
        <translation>✓ todos os campos aplicáveis avaliados e justificados; ◐ iniciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewers&apos; states of each commitment (needs changes, approved...)</source>
        <translation>Os estados de cada compromisso segundo os revisores (precisa de alterações, aprovado...)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Commitment %s</source>
        <translation>Compromisso %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no review state</source>
        <translation>sem estado de revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scored and justified</source>
        <translation>avaliado e justificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>started, not complete</source>
        <translation>iniciado, não concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged to revisit later</source>
        <translation>marcado para revisar depois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet determined</source>
        <translation>ainda não determinado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not apply</source>
        <translation>não se aplica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s, commitment %s</source>
        <translation>%s: %s, compromisso %s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+45"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not scored: </source>
        <translation>Não avaliado: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No justification: </source>
        <translation>Sem justificativa: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged: revisit later</source>
        <translation>Marcado: revisar depois</translation>
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
        <translation>Filtrar por ID, título ou instituição (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromissos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which commitments the table lists</source>
        <translation>Quais compromissos a tabela lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the commitments that need attention</source>
        <translation>Mostrar só os compromissos que precisam de atenção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All commitments</source>
        <translation>Todos os compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully scored</source>
        <translation>Não totalmente avaliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing justification</source>
        <translation>Falta justificativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged: revisit later</source>
        <translation>Marcado: revisar depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed more than assessed</source>
        <translation>Declarado mais do que o avaliado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment of the plan: its done mark, title, each field&apos;s level and the derived indicators</source>
        <translation>Uma linha por compromisso do plano: a marca de concluído, o título, o nível de cada campo e os indicadores derivados</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+223"/>
        <source>&amp;Revisit later</source>
        <translation>Revisar &amp;depois</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Revisit later</source>
        <translation>Revisar depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag this commitment to come back to; filter on it from the list</source>
        <translation>Marque este compromisso para voltar a ele; filtre-o na lista</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Review (%n open)</source>
        <translation>
            <numerusform>Revisão (%n aberto)</numerusform>
            <numerusform>Revisão (%n abertos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review (%d)</source>
        <translation>Revisão (%d)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grand challenges: %s</source>
        <translation>Grandes desafios: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisit later: %s</source>
        <translation>Revisar depois: %s</translation>
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
        <translation>%d de %d compromissos exibidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This plan has no commitments yet. Add them with Plan &gt; Edit plan (Ctrl+P), or import the plan&apos;s file (Ctrl+I).</source>
        <translation>Este plano ainda não tem compromissos. Adicione-os com Plano &gt; Editar plano (Ctrl+P) ou importe o arquivo do plano (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitment matches “%s” among those shown as “%s”. Clear the filter box, or choose “%s” under Show.</source>
        <translation>Nenhum compromisso corresponde a “%s” entre os exibidos como “%s”. Limpe a caixa de filtro ou escolha “%s” em Mostrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment matches “%s” in its ID, title or institutions. Check the spelling or clear the filter box.</source>
        <translation>Nenhum compromisso corresponde a “%s” no ID, no título ou nas instituições. Verifique a ortografia ou limpe a caixa de filtro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commitment is “%s”. Choose “%s” under Show to see them all.</source>
        <translation>Nenhum compromisso está como “%s”. Escolha “%s” em Mostrar para ver todos.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+115"/>
        <source>Create a signing identity</source>
        <translation>Criar uma identidade de assinatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two letters, e.g. CL</source>
        <translation>duas letras, ex.: BR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country (two-letter code)</source>
        <translation>País (código de duas letras)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>Digite seu nome como deve aparecer nos relatórios assinados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the two-letter country code (ISO 3166), e.g. CL.</source>
        <translation>Digite o código de duas letras do país (ISO 3166), ex.: BR.</translation>
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
        <translation>Grande desafio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assessment dashboard</source>
        <translation>Painel da avaliação</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Open an assessment to see how far it is.</source>
        <translation>Abra uma avaliação para ver quanto ela avançou.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Field broken down</source>
        <translation>Campo detalhado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scored field the breakdown chart shows</source>
        <translation>Qual campo avaliado o gráfico de detalhamento mostra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break down by</source>
        <translation>Detalhar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group commitments by their theme, or by OGP grand challenge (the plan&apos;s and your own tags; a commitment with two grand challenges counts in both)</source>
        <translation>Agrupar os compromissos por tema, ou por grande desafio da OGP (as etiquetas do plano e as suas; um compromisso com dois grandes desafios conta em ambos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break down:</source>
        <translation>Detalhar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%s by grand challenge</source>
        <translation>%s por grande desafio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s by theme</source>
        <translation>%s por tema</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/charts.py" line="+23"/>
        <source>Does not apply</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A commitment with two grand challenges is counted in both rows.</source>
        <translation>Um compromisso com dois grandes desafios é contado nas duas linhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
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
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>Não marcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="-115"/>
        <source>Scored</source>
        <translation>Avaliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Compromissos com todos os campos aplicáveis avaliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justified</source>
        <translation>Justificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments whose every set score that needs a justification has one</source>
        <translation>Compromissos em que cada avaliação que exige justificativa a tem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With evidence</source>
        <translation>Com evidências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with at least one evidence item linked</source>
        <translation>Compromissos com pelo menos um item de evidência vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for revisit</source>
        <translation>Marcados para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments you flagged to come back to</source>
        <translation>Compromissos que você marcou para voltar a eles</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%s progress</source>
        <translation>Andamento: %s</translation>
    </message>
</context>
<context>
    <name>DefinitionsSwitch</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/definitions.py" line="+47"/>
        <source>Definitions</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the levels&apos; definitions and why each derived indicator is what it is (F1; ? on a field shows that field&apos;s)</source>
        <translation>Mostrar as definições dos níveis e por que cada indicador derivado é o que é (F1; ? em um campo mostra as desse campo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show definitions</source>
        <translation>Mostrar definições</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location line="+156"/>
        <source>Edit evidence</source>
        <translation>Editar evidência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence</source>
        <translation>Adicionar evidência</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Ministry progress report, March 2024</source>
        <translation>ex.: Relatório de andamento do Ministério, março de 2024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (or YYYY-MM, YYYY); empty: no date</source>
        <translation>AAAA-MM-DD (ou AAAA-MM, AAAA); vazio: sem data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach file…</source>
        <translation>Anexar arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of evidence</source>
        <translation>Tipo de evidência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document, interview, website or observation</source>
        <translation>Documento, entrevista, site ou observação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required: what the evidence is, as cited in the report</source>
        <translation>Obrigatório: o que é a evidência, tal como citada no relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the evidence was produced or gathered; leave empty if unknown</source>
        <translation>Quando a evidência foi produzida ou coletada; deixe vazio se não souber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set date to today</source>
        <translation>Usar a data de hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in today&apos;s date</source>
        <translation>Preencher com a data de hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it can be found online: an http:// or https:// address</source>
        <translation>Onde encontrá-la na internet: um endereço http:// ou https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your notes: who was interviewed, what the page showed, page numbers…</source>
        <translation>Suas notas: quem foi entrevistado, o que a página mostrava, números de página…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a file into the library with this evidence</source>
        <translation>Copiar um arquivo para a biblioteca com esta evidência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear attached file</source>
        <translation>Remover o arquivo anexado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not attach the file chosen here</source>
        <translation>Não anexar o arquivo escolhido aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Arquivo anexado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The attached file&apos;s name and SHA-256 fingerprint</source>
        <translation>O nome do arquivo anexado e sua impressão digital SHA-256</translation>
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
        <translation>&amp;Data:</translation>
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
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supports:</source>
        <translation>Sustenta:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attach a file to this evidence</source>
        <translation>Anexar um arquivo a esta evidência</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too large to attach (limit %d MB)</source>
        <translation>%s é grande demais para anexar (limite de %d MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %s: %s</source>
        <translation>Não é possível ler %s: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s (new)
SHA-256 %s</source>
        <translation>%s (novo)
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
        <translation>Nenhum arquivo anexado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A title is required.</source>
        <translation>O título é obrigatório.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/panel.py" line="+79"/>
        <source>Evidence for this commitment</source>
        <translation>Evidências deste compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence linked yet. Add an item, or link one already in this assessment below.</source>
        <translation>Ainda não há evidências vinculadas. Adicione um item, ou vincule abaixo um que já esteja nesta avaliação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>Adici&amp;onar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a new evidence item for this commitment</source>
        <translation>Adicionar um novo item de evidência para este compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected evidence item</source>
        <translation>Editar o item de evidência selecionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Rem&amp;over</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected evidence item from the assessment (Ctrl+Z undoes)</source>
        <translation>Excluir da avaliação o item de evidência selecionado (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s URL in your web browser</source>
        <translation>Abrir a URL do item no seu navegador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open lin&amp;k</source>
        <translation>Abrir lin&amp;k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the attached file with your system&apos;s viewer</source>
        <translation>Abrir o arquivo anexado com o visualizador do sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open file</source>
        <translation>Abrir arq&amp;uivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to other co&amp;mmitments…</source>
        <translation>&amp;Vincular a outros compromissos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every commitment the selected item supports</source>
        <translation>Escolher cada compromisso que o item selecionado sustenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Other evidence in this assessment</source>
        <translation>Outras evidências desta avaliação</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Link &amp;to this commitment</source>
        <translation>Vincular a es&amp;te compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected item evidence for this commitment too</source>
        <translation>Tornar o item selecionado também evidência deste compromisso</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a commitment to see its evidence.</source>
        <translation>Escolha um compromisso para ver suas evidências.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence for %s</source>
        <translation>Evidências de %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only review copy)</source>
        <translation> (cópia de revisão somente leitura)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not linked to any commitment</source>
        <translation>Não vinculada a nenhum compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports: %s</source>
        <translation>Sustenta: %s</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot open the attached file: %s</source>
        <translation>Não é possível abrir o arquivo anexado: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown signer</source>
        <translation>um signatário desconhecido</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="+89"/>
        <source>Export review</source>
        <translation>Exportar revisão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of your signing key</source>
        <translation>Frase secreta da sua chave de assinatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+83"/>
        <source>Select an assessment in the library first.</source>
        <translation>Selecione primeiro uma avaliação na biblioteca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>%s: no such folder</source>
        <translation>%s: essa pasta não existe</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Report written to %s</source>
        <translation>Relatório salvo em %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %s…</source>
        <translation>Gravando %s…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Export package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Package written to %s (signed by %s)</source>
        <translation>Pacote salvo em %s (assinado por %s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written to %s (signed by %s): a DRAFT for review, marked so in the report and in its signed manifest, not the final report</source>
        <translation>Pacote gravado em %s (assinado por %s): um RASCUNHO para revisão, assim marcado no relatório e no seu manifesto assinado, não o relatório final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing %s…</source>
        <translation>Assinando %s…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a signed package for review</source>
        <translation>Abrir um pacote assinado para revisão</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>Open package</source>
        <translation>Abrir pacote</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Verifying %s…</source>
        <translation>Verificando %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s was refused: %s</source>
        <translation>%s foi recusado: %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trusted signer</source>
        <translation>signatário confiável</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>signatário fora da sua lista de confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %s read-only: signed by %s (%s)</source>
        <translation>%s aberto somente leitura: assinado por %s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256): %s</source>
        <translation>Impressão digital (SHA-256): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+46"/>
        <source>signed by a different key than the last package from %s: that was %s, this is %s</source>
        <translation>assinado com uma chave diferente da do último pacote de %s: aquela era %s, esta é %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by a different key than the last package of assessment %s: that was %s, this is %s</source>
        <translation>assinado com uma chave diferente da do último pacote da avaliação %s: aquela era %s, esta é %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+17"/>
        <source>REFUSED: %s was not opened.</source>
        <translation>RECUSADO: %s não foi aberto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s</source>
        <translation>Signatário: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the new key with the signer (compare the fingerprint by phone or in person) before accepting it.</source>
        <translation>Confira a nova chave com o signatário (compare a impressão digital por telefone ou pessoalmente) antes de aceitá-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the new key and open</source>
        <translation>&amp;Aceitar a nova chave e abrir</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/field_editor.py" line="+44"/>
        <source>Comments: %d open</source>
        <translation>Comentários: %d abertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments: %d</source>
        <translation>Comentários: %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments on %s</source>
        <translation>Comentários sobre %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the answer to this field</source>
        <translation>Remover a resposta deste campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %s</source>
        <translation>Limpar %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Justification (required)</source>
        <translation>Justificativa (obrigatória)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justification</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification for %s</source>
        <translation>Justificativa de %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level: cite the evidence. Saved as you type.</source>
        <translation>Por que este nível: cite as evidências. Salvo enquanto você digita.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Does not apply: %s</source>
        <translation>Não se aplica: %s</translation>
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
        <translation>Abrir o arquivo gravado</translation>
    </message>
</context>
<context>
    <name>FlaggedValuesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+217"/>
        <source>Flagged values</source>
        <translation>Valores marcados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the library: commitments %d, milestones %d, assessments %d; flagged values %d</source>
        <translation>Na biblioteca: compromissos %d, marcos %d, avaliações %d; valores marcados %d</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location line="-123"/>
        <source>Values the import could not map to a level of the form: kept as they were, not scored. Score these commitments by hand.</source>
        <translation>Valores que a importação não conseguiu associar a um nível do formulário: mantidos como estavam, não avaliados. Avalie esses compromissos à mão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value was flagged: every value the file gave was read as a level or left blank.</source>
        <translation>Nenhum valor foi marcado: cada valor do arquivo foi lido como um nível ou deixado em branco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to commitment</source>
        <translation>&amp;Ir para o compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected value&apos;s commitment and field (Enter, or a double-click)</source>
        <translation>Mostrar o compromisso e o campo do valor selecionado (Enter ou clique duplo)</translation>
    </message>
</context>
<context>
    <name>FlagsTable</name>
    <message>
        <location line="-55"/>
        <source>Flagged values</source>
        <translation>Valores marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>(plano)</translation>
    </message>
</context>
<context>
    <name>GrandChallengesBox</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+44"/>
        <source>Improving public services</source>
        <translation>Melhorar os serviços públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing public integrity</source>
        <translation>Aumentar a integridade pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More effectively managing public resources</source>
        <translation>Gerir com mais eficácia os recursos públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating safer communities</source>
        <translation>Criar comunidades mais seguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing corporate accountability</source>
        <translation>Aumentar a responsabilização corporativa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenges</source>
        <translation>Grandes desafios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OGP grand challenges this commitment addresses (for the report and OGP&apos;s data)</source>
        <translation>Os grandes desafios da OGP que este compromisso aborda (para o relatório e os dados da OGP)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenge: %s</source>
        <translation>Grande desafio: %s</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+46"/>
        <source>Settings — Signing identity</source>
        <translation>Configurações — Identidade de assinatura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to register it with the OGP portal</source>
        <translation>Copiar a impressão digital para registrá-la no portal da OGP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Válida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate identity…</source>
        <translation>C&amp;riar identidade…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import .p12…</source>
        <translation>&amp;Importar .p12…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no signing identity yet. Create one (a key and a self-signed certificate, kept on this computer) or import the .p12 your organisation issued. Its fingerprint is what reviewers trust.</source>
        <translation>Você ainda não tem identidade de assinatura. Crie uma (uma chave e um certificado autoassinado, guardados neste computador) ou importe o .p12 emitido pela sua organização. A impressão digital é o que os revisores reconhecem como confiável.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages you export are signed with this identity. Register the fingerprint with the OGP portal so reviewers can trust it.</source>
        <translation>Os pacotes que você exporta são assinados com esta identidade. Registre a impressão digital no portal da OGP para que os revisores possam confiar nela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s to %s</source>
        <translation>de %s a %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED: create or import a new identity</source>
        <translation>EXPIRADA: crie ou importe uma nova identidade</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <location line="-97"/>
        <source>Import a .p12 identity</source>
        <translation>Importar uma identidade .p12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#12 file</source>
        <translation>Arquivo PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the .p12 file</source>
        <translation>Frase secreta do arquivo .p12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File pa&amp;ssphrase:</source>
        <translation>&amp;Frase secreta do arquivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import identity</source>
        <translation>Importar identidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the .p12 file your organisation gave you.</source>
        <translation>Escolha o arquivo .p12 que sua organização lhe deu.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+88"/>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s</source>
        <translation>Importado %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans: %d (%d new, %d updated)</source>
        <translation>Planos: %d (%d novos, %d atualizados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments: %d added, %d updated; milestones: %d</source>
        <translation>Compromissos: %d adicionados, %d atualizados; marcos: %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments from earlier IRM codes: %d (scores: %d)</source>
        <translation>Avaliações de códigos anteriores do IRM: %d (níveis registrados: %d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged values: %d; conflicts: %d</source>
        <translation>Valores marcados: %d; conflitos: %d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans imported</source>
        <translation>Planos importados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and notes</source>
        <translation>Conflitos e observações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans (%d)</source>
        <translation>Planos (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged values (%d)</source>
        <translation>Valores marcados (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and notes (%d)</source>
        <translation>Conflitos e observações (%d)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../../irm_app/ui/library/pane.py" line="+26"/>
        <source>Filter: member, plan, year, researcher (Ctrl+L)</source>
        <translation>Filtrar: membro, plano, ano, pesquisador(a) (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library (Ctrl+L)</source>
        <translation>Filtrar a biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library</source>
        <translation>Filtrar a biblioteca</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No plans yet: File &gt; Import… (Ctrl+I) or Plan &gt; New plan…</source>
        <translation>Ainda não há planos: Arquivo &gt; Importar… (Ctrl+I) ou Plano &gt; Novo plano…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan matches “%s”. Try a member&apos;s name, a year or a plan id; Escape clears the filter.</source>
        <translation>Nenhum plano corresponde a “%s”. Tente o nome de um membro, um ano ou o id de um plano; Esc limpa o filtro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d of %d plans shown</source>
        <translation>%d de %d planos exibidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 plan</source>
        <translation>1 plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member</source>
        <translation>1 membro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d members</source>
        <translation>%d membros</translation>
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
        <translation>Avaliados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library: members, their plans and assessments</source>
        <translation>Biblioteca: membros, seus planos e avaliações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans in this library by OGP member, and the assessments of each</source>
        <translation>Planos desta biblioteca por membro da OGP, e as avaliações de cada um</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%s: %s
%d commitments, %d milestones</source>
        <translation>%s: %s
%d compromissos, %d marcos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 plan</source>
        <translation>1 plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d planos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s: %s in this library</source>
        <translation>%s: %s nesta biblioteca</translation>
    </message>
    <message>
        <location line="+83"/>
        <source> · final</source>
        <translation> · final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d/%d scored</source>
        <translation>%d/%d avaliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>Compromissos com todos os campos aplicáveis avaliados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s%s
Form: %s %s
%d of %d commitments scored, %d justified, %d with evidence, %d to revisit</source>
        <translation>%s%s
Formulário: %s %s
%d de %d compromissos avaliados, %d justificados, %d com evidências, %d a revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d of %d commitments scored</source>
        <translation>%d de %d compromissos avaliados</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-161"/>
        <source>Link evidence to commitments</source>
        <translation>Vincular evidência a compromissos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments supported by “%s”:</source>
        <translation>Compromissos sustentados por “%s”:</translation>
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
        <translation>Importar um plano de ação (JSON) ou a tabela de compromissos da OGP (CSV, XLSX); ou soltar um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nova avaliação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start assessing a plan with a methodology form</source>
        <translation>Começar a avaliar um plano com um formulário da metodologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;final</source>
        <translation>Marcar como &amp;final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment final (recorded in the audit log)</source>
        <translation>Marcar a avaliação selecionada como final (registrado no log de auditoria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;draft</source>
        <translation>Marcar como &amp;rascunho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment a draft again</source>
        <translation>Voltar a marcar a avaliação selecionada como rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete assessment…</source>
        <translation>Exc&amp;luir avaliação…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected assessment, after confirmation</source>
        <translation>Excluir a avaliação selecionada, após confirmação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected assessment another title</source>
        <translation>Dar outro título à avaliação selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate assessment…</source>
        <translation>D&amp;uplicar avaliação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft starting from everything recorded in the selected assessment</source>
        <translation>Um novo rascunho a partir de tudo o que foi registrado na avaliação selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename plan…</source>
        <translation>&amp;Renomear plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected plan&apos;s title</source>
        <translation>Alterar o título do plano selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate plan…</source>
        <translation>D&amp;uplicar plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected plan&apos;s text and commitments under a new id</source>
        <translation>Uma cópia do texto e dos compromissos do plano selecionado com um novo id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete plan…</source>
        <translation>E&amp;xcluir plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected plan and its assessments, after confirmation (a backup is written first)</source>
        <translation>Excluir o plano selecionado e suas avaliações, após confirmação (antes é gravada uma cópia de segurança)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty library file and open it</source>
        <translation>Criar um arquivo de biblioteca vazio e abri-lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>Exportar rela&amp;tório…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the selected assessment&apos;s report as Word or PDF</source>
        <translation>Gravar o relatório da avaliação selecionada em Word ou PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed &amp;package…</source>
        <translation>Exportar &amp;pacote assinado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the assessment, its reports and evidence into a verifiable .irmpkg</source>
        <translation>Assinar a avaliação, seus relatórios e evidências em um .irmpkg verificável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check a package or signed PDF: intact, and who signed it</source>
        <translation>Conferir um pacote ou PDF assinado: se está íntegro e quem o assinou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;ackage for review…</source>
        <translation>Abrir pa&amp;cote para revisão…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a signed package, then open it read-only in this library</source>
        <translation>Verificar um pacote assinado e abri-lo somente leitura nesta biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a reviewer&apos;s signed .irmreview, or the comments of a reviewed Word file</source>
        <translation>Incorporar o .irmreview assinado de um revisor, ou os comentários de um arquivo Word revisado</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Rena&amp;me assessment…</source>
        <translation>Reno&amp;mear avaliação…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New li&amp;brary…</source>
        <translation>Nova &amp;biblioteca…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import revie&amp;w…</source>
        <translation>Importar revisã&amp;o…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xportar revisão…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign your comments and review states on this review copy into a .irmreview</source>
        <translation>Assinar seus comentários e estados de revisão desta cópia de revisão em um .irmreview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>&amp;Comentários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review comments of the assessment shown, with filters</source>
        <translation>Os comentários de revisão da avaliação exibida, com filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another library file</source>
        <translation>Abrir outro arquivo de biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;details…</source>
        <translation>De&amp;talhes da avaliação…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The researcher of the assessment shown (recorded on its report)</source>
        <translation>O pesquisador ou a pesquisadora da avaliação exibida (consta no relatório)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Novo plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a plan by hand: member, number, period, themes, then its commitments</source>
        <translation>Digitar um plano à mão: membro, número, período, temas e depois os compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Editar plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected plan&apos;s header, commitments and milestones (with undo)</source>
        <translation>Editar o cabeçalho, os compromissos e os marcos do plano selecionado (com desfazer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged values…</source>
        <translation>&amp;Valores marcados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the selected plan&apos;s import could not read as levels, each with a jump to its commitment</source>
        <translation>Os valores que a importação do plano selecionado não conseguiu ler como níveis, cada um com um atalho para seu compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find commitment</source>
        <translation>&amp;Buscar compromisso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the commitments by ID, title or institution</source>
        <translation>Filtrar os compromissos por ID, título ou instituição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>Buscar &amp;em tudo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the plans&apos; texts, justifications, evidence and narrative</source>
        <translation>Buscar palavras nos textos dos planos, nas justificativas, nas evidências e na narrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the &amp;library</source>
        <translation>&amp;Filtrar a biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the library to a member, a plan, a year or a researcher</source>
        <translation>Restringir a biblioteca a um membro, um plano, um ano ou um(a) pesquisador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous commitment</source>
        <translation>Compromisso &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next commitment</source>
        <translation>&amp;Próximo compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan-level</source>
        <translation>Nível do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, recorded on new assessments and with every change; the interface language</source>
        <translation>Seu nome, registrado nas novas avaliações e em cada alteração; o idioma da interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;identity…</source>
        <translation>&amp;Identidade de assinatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing key and certificate: create, import, copy the fingerprint</source>
        <translation>Sua chave e seu certificado de assinatura: criar, importar, copiar a impressão digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;signers…</source>
        <translation>Signatários &amp;confiáveis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signers and organisation CAs whose packages you trust</source>
        <translation>Os signatários e as autoridades certificadoras (CA) de organizações cujos pacotes você considera confiáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology…</source>
        <translation>&amp;Metodologia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The methodology form of the assessment in view: its fields, levels and definitions</source>
        <translation>O formulário metodológico da avaliação em exibição: seus campos, níveis e definições</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IRM Assessor</source>
        <translation>&amp;Sobre o Avaliador IRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/assessment_actions.py" line="+25"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment in the library first.</source>
        <translation>Selecione primeiro uma avaliação na biblioteca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Assessment status</source>
        <translation>Status da avaliação</translation>
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
        <translation>Excluir avaliação</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete “%s” with its %d recorded fields and its evidence?</source>
        <translation>Excluir “%s” com seus %d campos registrados e suas evidências?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Antes é gravada uma cópia de segurança da biblioteca (irm-app backups a lista, irm-app restore a restaura). O registro de auditoria guarda a exclusão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+83"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the library…</source>
        <translation>A abrir a biblioteca…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_install.py" line="+49"/>
        <source>&amp;Commitments</source>
        <translation>Co&amp;mpromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+36"/>
        <source>P&amp;lan-level</source>
        <translation>&amp;Nível do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+11"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;inel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+13"/>
        <source>&amp;Narrative</source>
        <translation>Nar&amp;rativa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>IRM Assessor — %s</source>
        <translation>Avaliador IRM — %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_pages.py" line="+61"/>
        <source>This plan has no assessment yet.</source>
        <translation>Este plano ainda não tem avaliação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one to start scoring: choose the methodology form that fits the plan&apos;s period. Every score, justification and piece of evidence is saved as you go.</source>
        <translation>Crie uma para começar a avaliar: escolha o formulário da metodologia adequado ao período do plano. Cada avaliação, justificativa e evidência é salva à medida que você trabalha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New assessment…</source>
        <translation>Nova avaliação…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+79"/>
        <source>Library restored from a backup</source>
        <translation>Biblioteca restaurada a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+42"/>
        <source>Loading the sample plan…</source>
        <translation>Carregando o plano de exemplo…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+68"/>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assessment details</source>
        <translation>Detalhes da avaliação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Researcher of this assessment: %s</source>
        <translation>Pesquisador(a) desta avaliação: %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+7"/>
        <source>Reading %s…</source>
        <translation>Lendo %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Import failed</source>
        <translation>A importação falhou</translation>
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
        <translation>Planos de ação (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir rec&amp;ente</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import an action plan</source>
        <translation>Importar um plano de ação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Libraries (*.db);;All files (*)</source>
        <translation>Bibliotecas (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a plan first</source>
        <translation>Selecione primeiro um plano</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Researcher: %s</source>
        <translation>Pesquisador(a): %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment first</source>
        <translation>Selecione uma avaliação primeiro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;IRM Assessor %s&lt;/h3&gt;&lt;p&gt;Assess OGP action plans with the IRM methodology, offline, and export signed reports.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Avaliador IRM %s&lt;/h3&gt;&lt;p&gt;Avalie planos de ação da OGP com a metodologia do Mecanismo Independente de Avaliação, sem conexão, e exporte relatórios assinados.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an assessment first: this page describes the methodology form it uses.</source>
        <translation>Abra uma avaliação primeiro: esta página descreve o formulário metodológico que ela usa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About IRM Assessor</source>
        <translation>Sobre o Avaliador IRM</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+57"/>
        <source>Plan %s has no assessment yet: create one (File &gt; New assessment) to score its flagged values</source>
        <translation>O plano %s ainda não tem avaliação: crie uma (Arquivo &gt; Nova avaliação) para avaliar seus valores marcados</translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <location filename="../../../irm_app/ui/library/manage.py" line="+85"/>
        <source>Select an assessment in the library first</source>
        <translation>Selecione primeiro uma avaliação na biblioteca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a plan in the library first</source>
        <translation>Selecione primeiro um plano na biblioteca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename assessment</source>
        <translation>Renomear avaliação</translation>
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
        <translation>Duplicada: a cópia é um rascunho com cada avaliação, justificativa, evidência e seção do original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new draft of the same plan and form, starting from everything recorded in this one (e.g. the end-of-term review from the progress assessment).</source>
        <translation>Um novo rascunho do mesmo plano e formulário, a partir de tudo o que foi registrado nesta avaliação (p. ex., a revisão de fim de mandato a partir da avaliação de progresso).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate assessment</source>
        <translation>Duplicar avaliação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title of the copy:</source>
        <translation>&amp;Título da cópia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (copy)</source>
        <translation>%s (cópia)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename plan</source>
        <translation>Renomear plano</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A copy of the plan&apos;s text and commitments under a new id; its assessments stay with the original.</source>
        <translation>Uma cópia do texto e dos compromissos do plano com um novo id; suas avaliações ficam com o original.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate plan</source>
        <translation>Duplicar plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ID of the copy:</source>
        <translation>&amp;ID da cópia:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Delete plan</source>
        <translation>Excluir plano</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the plan “%s %s” with its %d commitments, %d assessments and their %d recorded fields?</source>
        <translation>Excluir o plano “%s %s” com seus %d compromissos, %d avaliações e os %d campos registrados nelas?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>Antes é gravada uma cópia de segurança da biblioteca (irm-app backups a lista, irm-app restore a restaura). O registro de auditoria guarda a exclusão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete plan</source>
        <translation>E&amp;xcluir plano</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan deleted; the backup written before is %s</source>
        <translation>Plano excluído; a cópia de segurança gravada antes é %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>New library</source>
        <translation>Nova biblioteca</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Libraries (*.db)</source>
        <translation>Bibliotecas (*.db)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s already exists: File &gt; Open library… opens it; choose another name for a new one.</source>
        <translation>%s já existe: Arquivo &gt; Abrir biblioteca… o abre; escolha outro nome para uma nova.</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/methodology.py" line="+29"/>
        <source>Methodology — %s</source>
        <translation>Metodologia — %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The methodology form in use</source>
        <translation>O formulário metodológico em uso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Form %s, version %s</source>
        <translation>Formulário %s, versão %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commitment</source>
        <translation>Cada compromisso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan as a whole</source>
        <translation>O plano como um todo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Derived indicators (computed, never entered)</source>
        <translation>Indicadores derivados (calculados, nunca digitados)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrative sections</source>
        <translation>Seções narrativas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free text</source>
        <translation>Texto livre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>não confirmado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source: %s</source>
        <translation>Fonte: %s</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="-88"/>
        <source>Researcher name</source>
        <translation>Nome do pesquisador ou da pesquisadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ana Pérez</source>
        <translation>ex.: Ana Pereira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Pesquisador(a):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Boas-vindas ao Avaliador IRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is recorded on the assessments you start and with every change you make. You can change it later in Settings › Preferences.</source>
        <translation>Seu nome fica registrado nas avaliações que você iniciar e em cada alteração que fizer. Você pode alterá-lo depois em Configurações › Preferências.</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/page.py" line="+112"/>
        <source>This assessment&apos;s form has no narrative sections: its report is written from the scores and their justifications. Export it with File &gt; Export report (Ctrl+E).</source>
        <translation>O formulário desta avaliação não tem seções narrativas: seu relatório é redigido a partir das avaliações e de suas justificativas. Exporte-o com Arquivo &gt; Exportar relatório (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan</source>
        <translation>O plano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected commitment</source>
        <translation>O compromisso selecionado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a commitment on the Commitments tab to write its analysis.</source>
        <translation>Selecione um compromisso na aba Compromissos para redigir sua análise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the cluster “%s” (%s): these sections are written once for the whole cluster.</source>
        <translation>%s faz parte do grupo “%s” (%s): estas seções são redigidas uma única vez para todo o grupo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written for %s; the report analyses it in depth only if it is promising.</source>
        <translation>Redigido para %s; o relatório o analisa em profundidade só se for promissor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan&apos;s description of the commitment (read-only)</source>
        <translation>A descrição do compromisso no plano (somente leitura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s description (read-only):</source>
        <translation>A descrição do plano (somente leitura):</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write %s (%s)</source>
        <translation>Redigir %s (%s)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/new_assessment.py" line="+35"/>
        <source>New assessment</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a member, a year or a plan id</source>
        <translation>Digite um membro, um ano ou o id de um plano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodology form</source>
        <translation>Formulário da metodologia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Researcher name</source>
        <translation>Nome do pesquisador ou da pesquisadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Metodologia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Pesquisador(a):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No plan is called that: choose one from the list</source>
        <translation>Nenhum plano tem esse nome: escolha um da lista</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="+128"/>
        <source>Export signed package</source>
        <translation>Exportar pacote assinado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as %s
Fingerprint %s</source>
        <translation>Assinado como %s
Impressão digital %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing identity yet: create one in Settings &gt; Identity first.</source>
        <translation>Você ainda não tem identidade de assinatura: crie uma primeiro em Configurações &gt; Identidade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package file</source>
        <translation>Arquivo do pacote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRM packages (*.irmpkg)</source>
        <translation>Pacotes IRM (*.irmpkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of your signing key</source>
        <translation>Frase secreta da sua chave de assinatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>Ar&amp;quivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign and export</source>
        <translation>Assinar e exportar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That passphrase does not unlock your signing key. Type it again (it is the one you chose when you created the identity).</source>
        <translation>Essa frase-senha não desbloqueia sua chave de assinatura. Digite-a novamente (é a que você escolheu ao criar a identidade).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="-118"/>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>A frase secreta precisa de pelo menos %d caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>As frases secretas não coincidem.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-126"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../../irm_app/ui/plans/actions.py" line="+26"/>
        <source>New plan</source>
        <translation>Novo plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated</source>
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>padrão AP_&lt;código&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member &amp;code:</source>
        <translation>&amp;Código do membro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id do plano:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan first (or Plan &gt; New plan…)</source>
        <translation>Selecione primeiro um plano (ou Plano &gt; Novo plano…)</translation>
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
        <translation>I&amp;nício:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>Instituição responsáve&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>Temáti&amp;ca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>De&amp;scrição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;problem:</source>
        <translation>&amp;Problema público:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone ID:</source>
        <translation>ID do marco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Fim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone title:</source>
        <translation>Título do marco:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Commitments:</source>
        <translation>Compromissos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments of the plan</source>
        <translation>Compromissos do plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Milestones:</source>
        <translation>Marcos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones of the commitment</source>
        <translation>Marcos do compromisso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add milestone</source>
        <translation>Adicionar marco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete milestone</source>
        <translation>Excluir marco</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan — %s %s (%s)</source>
        <translation>Plano — %s %s (%s)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New commitment</source>
        <translation>Novo compromisso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete commitment</source>
        <translation>Excluir compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s has %s. Delete it and them?</source>
        <translation>%s tem %s. Excluí-lo junto com eles?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log keeps the record; Undo puts everything back.</source>
        <translation>O log de auditoria guarda o registro; Desfazer restaura tudo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New milestone</source>
        <translation>Novo marco</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../../irm_app/ui/plans/header.py" line="+35"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
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
        <translation>Pe&amp;ríodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan t&amp;itle:</source>
        <translation>Tít&amp;ulo do plano:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Th&amp;emes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comma-separated</source>
        <translation>separados por vírgulas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>plan number %r: a whole number, e.g. 5</source>
        <translation>número do plano %r: um número inteiro, ex.: 5</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/plan_page.py" line="+62"/>
        <source>The plan as a whole: %s %s</source>
        <translation>O plano como um todo: %s %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has no plan-level fields.</source>
        <translation>Este formulário não tem campos no nível do plano.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+25"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded on new assessments and with every change. Assessments already started keep theirs: change one in Edit › Assessment details.</source>
        <translation>O nome registrado nas novas avaliações e em cada alteração. Avaliações já iniciadas mantêm o seu: altere-o em Editar › Detalhes da avaliação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time IRM Assessor starts.</source>
        <translation>Um novo idioma vale a partir da próxima vez que o Avaliador IRM for iniciado.</translation>
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
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report file</source>
        <translation>Arquivo do relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports (*.pdf *.docx)</source>
        <translation>Relatórios (*.pdf *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Ar&amp;quivo:</translation>
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
        <translation>Comentário sobre o relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the whole report or the plan-level assessment</source>
        <translation>Um comentário sobre o relatório inteiro ou a avaliação no nível do plano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review state of the report</source>
        <translation>Estado de revisão do relatório</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the review state of the report</source>
        <translation>Definir o estado de revisão do relatório</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The whole report</source>
        <translation>O relatório inteiro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report: %s</source>
        <translation>O relatório: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report: no state yet</source>
        <translation>O relatório: ainda sem estado</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-56"/>
        <source>Reviews (*.irmreview *.docx);;Review files (*.irmreview);;Word (*.docx);;All files (*)</source>
        <translation>Revisões (*.irmreview *.docx);;Arquivos de revisão (*.irmreview);;Word (*.docx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import a review</source>
        <translation>Importar uma revisão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %s…</source>
        <translation>Lendo %s…</translation>
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
        <translation>Importar revisão</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%s: it reviews assessment %s, which is not one of yours in this library; nothing was imported</source>
        <translation>%s: revisa a avaliação %s, que não é uma das suas nesta biblioteca; nada foi importado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: which assessment does it review? Select the assessment first (the file names none of this library&apos;s)</source>
        <translation>%s: qual avaliação ele revisa? Selecione primeiro a avaliação (o arquivo não indica nenhuma desta biblioteca)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %d new comments, %d already here, %d tracked changes</source>
        <translation>%s: %d comentários novos, %d já presentes, %d alterações controladas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>older (flagged)</source>
        <translation>anterior (marcada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted</source>
        <translation>confiável</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>signatário fora da sua lista de confiáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s (%s): %d new comments, %d already here, %d states; reviews the %s version</source>
        <translation>%s por %s (%s): %d comentários novos, %d já presentes, %d estados; revisa a versão %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a review copy first: a review is exported from the copy you commented on</source>
        <translation>Selecione primeiro uma cópia de revisão: uma revisão é exportada da cópia que você comentou</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export review</source>
        <translation>Exportar revisão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review written to %s: %d comments, %d states</source>
        <translation>Revisão gravada em %s: %d comentários, %d estados</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/review_banner.py" line="+20"/>
        <source>Review copy</source>
        <translation>Cópia de revisão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review copy signed by %s (read-only)</source>
        <translation>Cópia de revisão assinada por %s (somente leitura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>um signatário desconhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s
Nothing in a review copy can be edited; open a newer package from the researcher to update it.</source>
        <translation>Signatário: %s
Nada em uma cópia de revisão pode ser editado; abra um pacote mais recente do pesquisador ou da pesquisadora para atualizá-la.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/intake/review_dialog.py" line="+61"/>
        <source>Review the plan read from %s</source>
        <translation>Revisar o plano lido de %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s text</source>
        <translation>O texto do documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected commitments</source>
        <translation>Compromissos detectados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document (%s layout, %d paragraphs):</source>
        <translation>O documento (layout %s, %d parágrafos):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>AP_&lt;código&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>themes, comma-separated</source>
        <translation>temas, separados por vírgulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membro:</translation>
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
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;emes:</source>
        <translation>T&amp;emas:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Plan &amp;id:</source>
        <translation>&amp;Id do plano:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Move the selected text to</source>
        <translation>Mover o texto selecionado para</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>Unir com o seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To milestones</source>
        <translation>Para marcos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone to text</source>
        <translation>Marco para texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move text to</source>
        <translation>Mover o texto para</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IDs from code + number</source>
        <translation>IDs a partir de código + número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show source</source>
        <translation>Mostrar a fonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%d commitments detected:</source>
        <translation>%d compromissos detectados:</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../../irm_app/ui/review/summary.py" line="+47"/>
        <source>Review: %d comments, %d open</source>
        <translation>Revisão: %d comentários, %d abertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments: %s</source>
        <translation>Compromissos: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report: %s</source>
        <translation>O relatório: %s</translation>
    </message>
</context>
<context>
    <name>ReviewTerms</name>
    <message>
        <location filename="../../../irm_app/ui/review/terms.py" line="+15"/>
        <source>IRM staff</source>
        <translation>Equipe do IRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External Reviewer</source>
        <translation>Revisor externo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>Precisa de alterações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
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
        <translation>Calculado a partir das avaliações pela metodologia; é atualizado enquanto você avalia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels of the focused field</source>
        <translation>Níveis do campo ativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus a field to see its levels and definitions here.</source>
        <translation>Ative um campo para ver aqui seus níveis e definições.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet determined</source>
        <translation>ainda não determinado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%d not yet determined</source>
        <translation>%d ainda não determinados</translation>
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
        <translation>plano</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Score %s: %s</source>
        <translation>Avaliar %s: %s</translation>
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
        <translation>Buscar em descrições, marcos, justificativas, evidências, narrativa (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text (Ctrl+K)</source>
        <translation>Pesquisar em todos os textos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text</source>
        <translation>Buscar em todos os textos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment and its plan</source>
        <translation>Esta avaliação e seu plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Todos os planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Buscar em</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type words to find them in the plan&apos;s texts, your justifications, evidence, narrative and review comments. Every word must occur, in any order.</source>
        <translation>Digite palavras para encontrá-las nos textos do plano, nas suas justificativas, evidências, narrativa e comentários de revisão. Todas as palavras devem aparecer, em qualquer ordem.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this assessment and its plan</source>
        <translation>esta avaliação e seu plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any plan</source>
        <translation>qualquer plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches for “%s” in %s. Every word must occur: try fewer words, or search All plans.</source>
        <translation>Nenhum resultado para “%s” em %s. Todas as palavras devem aparecer: tente menos palavras ou busque em Todos os planos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best %d of %d matches: add a word to narrow them.</source>
        <translation>Os %d melhores de %d resultados: adicione uma palavra para restringi-los.</translation>
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
        <translation>. Enter ou um clique duplo leva até lá.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan title</source>
        <translation>Título do plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan text</source>
        <translation>Texto do plano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s · Milestone %s</source>
        <translation>%s · Marco %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · Justification: %s</source>
        <translation>%s · Justificativa: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan level</source>
        <translation>Nível do plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Evidence</source>
        <translation>%s · Evidência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Review comment</source>
        <translation>%s · Comentário de revisão</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevance (plan&apos;s text)</source>
        <translation>Relevância (texto do plano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>Informações adicionais</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/editor.py" line="+94"/>
        <source>Type here. Blank line: new paragraph; &quot;- &quot;: bullet; **bold**, *italic*, [text](https://...), [E:id] cites evidence.</source>
        <translation>Digite aqui. Linha em branco: novo parágrafo; &quot;- &quot;: marcador; **negrito**, *itálico*, [texto](https://...), [E:id] cita uma evidência.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>**bold**</source>
        <translation>**negrito**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*italic*</source>
        <translation>*itálico*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullet</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;- &quot; at the start of each selected line</source>
        <translation>&quot;- &quot; no início de cada linha selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[text](https://...)</source>
        <translation>[texto](https://...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cite evidence</source>
        <translation>Citar evidência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert [E:id]: the report prints the source&apos;s number</source>
        <translation>Inserir [E:id]: o relatório imprime o número da fonte</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (https://, http:// or mailto:)</source>
        <translation>Endereço (https://, http:// ou mailto:)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No evidence in this assessment yet</source>
        <translation>Ainda não há evidências nesta avaliação</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%d / %d words suggested</source>
        <translation>%d / %d palavras sugeridas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d words</source>
        <translation>%d palavras</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <location filename="../../../irm_app/ui/sound_check.py" line="+33"/>
        <source>Checking the library…</source>
        <translation>A verificar a biblioteca…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library could not be checked yet (%s); trying again…</source>
        <translation>Ainda não foi possível verificar a biblioteca (%s); tentando de novo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library could not be checked (%s): changes stay paused; open it again to retry</source>
        <translation>Não foi possível verificar a biblioteca (%s): as alterações continuam em pausa; abra-a de novo para tentar outra vez</translation>
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
        <translation>Erro interno: %s (detalhes no log)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %s</source>
        <translation>Salvo %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/evidence/commands.py" line="+38"/>
        <source>Add evidence “%s”</source>
        <translation>Adicionar evidência “%s”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit evidence “%s”</source>
        <translation>Editar evidência “%s”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove evidence “%s”</source>
        <translation>Remover evidência “%s”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Link evidence “%s”</source>
        <translation>Vincular evidência “%s”</translation>
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
        <translation>Trabalhando</translation>
    </message>
</context>
<context>
    <name>TrackedChangesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-218"/>
        <source>Review imported</source>
        <translation>Revisão importada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked changes in the Word file (listed, never applied; change the scores or the narrative yourself where you agree):</source>
        <translation>Alterações controladas no arquivo Word (listadas, nunca aplicadas; altere você mesmo as avaliações ou a narrativa onde concordar):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>inserido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report</source>
        <translation>o relatório</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/trusted.py" line="+49"/>
        <location line="+3"/>
        <source>Trusted signers</source>
        <translation>Signatários confiáveis</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Impressão digital (SHA-256)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate file or fingerprint</source>
        <translation>Arquivo de certificado ou impressão digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate file, or the signer&apos;s SHA-256 fingerprint</source>
        <translation>Um arquivo de certificado, ou a impressão digital SHA-256 do signatário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed with a fingerprint; a certificate gives its own</source>
        <translation>Necessário com uma impressão digital; um certificado traz o seu</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An organisation&apos;s C&amp;A certificate (trust every key it issues)</source>
        <translation>Certificado de uma a&amp;utoridade certificadora (CA) da organização (confiar em cada chave que ela emite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate or fingerprint:</source>
        <translation>&amp;Certificado ou impressão digital:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer</source>
        <translation>signatário</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trust a certificate</source>
        <translation>Confiar em um certificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a certificate file or paste a fingerprint first.</source>
        <translation>Escolha primeiro um arquivo de certificado ou cole uma impressão digital.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the signer&apos;s name with a fingerprint.</source>
        <translation>Informe o nome do signatário junto com a impressão digital.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted %s (%s)</source>
        <translation>Confiável: %s (%s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer trusted: %s (%s)</source>
        <translation>Não é mais confiável: %s (%s)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+11"/>
        <source>KEY CHANGED — not accepted as a replacement</source>
        <translation>CHAVE ALTERADA — não aceita como substituta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VALID — trusted signer</source>
        <translation>VÁLIDO — signatário confiável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALID — untrusted signer (not in your trusted list)</source>
        <translation>VÁLIDO — signatário não reconhecido (fora da sua lista de confiança)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify a package or signed PDF</source>
        <translation>Verificar um pacote ou PDF assinado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to verify</source>
        <translation>Arquivo a verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop a .irmpkg or signed PDF</source>
        <translation>Escolha ou solte um .irmpkg ou um PDF assinado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted fingerprint</source>
        <translation>Impressão digital confiável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the signer&apos;s SHA-256 fingerprint you expect</source>
        <translation>Opcional: a impressão digital SHA-256 do signatário que você espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted fingerprint:</source>
        <translation>&amp;Impressão digital confiável:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to verify.</source>
        <translation>Escolha um arquivo para verificar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Detalhes</translation>
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
        <translation>ILEGÍVEL — %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/welcome.py" line="+46"/>
        <source>Welcome to IRM Assessor</source>
        <translation>Boas-vindas ao Avaliador IRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is empty. Start with the sample action plan (%s) to see how scoring works, or import your country&apos;s plan.</source>
        <translation>Esta biblioteca está vazia. Comece com o plano de ação de exemplo (%s) para ver como funciona a avaliação, ou importe o plano do seu país.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <translation>incluído</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodology form</source>
        <translation>Formulário da metodologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IRM methodology the assessment follows</source>
        <translation>A metodologia do IRM que a avaliação segue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Researcher name</source>
        <translation>Nome do pesquisador ou da pesquisadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every change</source>
        <translation>Seu nome, registrado em cada alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>&amp;Metodologia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;Pesquisador(a):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sample plan and start an assessment</source>
        <translation>Carregar o plano de exemplo e começar uma avaliação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports the bundled sample plan and creates an assessment of it</source>
        <translation>Importa o plano de exemplo incluído e cria uma avaliação dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an action plan…</source>
        <translation>Importar um plano de ação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan as JSON, or OGP&apos;s commitments table (.csv, .xlsx)</source>
        <translation>Um plano em JSON, ou a tabela de compromissos da OGP (.csv, .xlsx)</translation>
    </message>
</context>
<context>
    <name>_IdentityForm</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+20"/>
        <source>Replace my current identity (packages it signed stay valid)</source>
        <translation>Substituir minha identidade atual (os pacotes que ela assinou continuam válidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing identity</source>
        <translation>Substituir a identidade existente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You already have an identity: tick Replace to make a new one.</source>
        <translation>Você já tem uma identidade: marque Substituir para criar uma nova.</translation>
    </message>
</context>
</TS>
