<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../../irm_app/ui/app.py" line="+154"/>
        <source>IRM Assessor</source>
        <translation>مُقيّم آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This library is already open in another IRM Assessor window (or an irm-app command). Switch to that window, or close it and start again.

%s</source>
        <translation>هذه المكتبة مفتوحة بالفعل في نافذة أخرى من مُقيّم آلية الإبلاغ المستقلة (أو في أمر irm-app). انتقل إلى تلك النافذة، أو أغلقها وابدأ من جديد.

%s</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+112"/>
        <source>Assessment details</source>
        <translation>تفاصيل التقييم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>الخطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form:</source>
        <translation>الاستمارة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A review copy is read-only.</source>
        <translation>نسخة المراجعة للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoice</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/opening.py" line="+40"/>
        <source>Attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s comes from a package signed by %s. It will open in your system&apos;s viewer for %s files.</source>
        <translation>%s مصدره حزمة وقّعها %s. سيُفتح في عارض نظامك لملفات %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;فتح في العارض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no extension</source>
        <translation>بلا امتداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s comes from a package signed by %s and is not a document type the app opens (%s): it could run as a program. You can only save it.</source>
        <translation>%s مصدره حزمة وقّعها %s وليس من أنواع المستندات التي يفتحها التطبيق (%s): قد يعمل كبرنامج. يمكنك حفظه فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the attached file</source>
        <translation>حفظ الملف المرفق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the attached file: %s</source>
        <translation>تعذّر حفظ الملف المرفق: %s</translation>
    </message>
</context>
<context>
    <name>ClaimLabel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+68"/>
        <source>Government&apos;s claim</source>
        <translation>ما تُعلنه الحكومة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government&apos;s own latest reported status (self-assessment), never an IRM score; compared with the IRM completion level by the form&apos;s rule</source>
        <translation>آخر حالة أبلغت عنها الحكومة نفسها (التقييم الذاتي)، وليست أبدًا تقييمًا من الآلية المستقلة؛ تُقارَن بمستوى الإنجاز لدى الآلية وفق قاعدة الاستمارة</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location line="-40"/>
        <source>Government&apos;s claim: none reported</source>
        <translation>ما تُعلنه الحكومة: لم يُبلَّغ عن شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government’s claim</source>
        <translation>ما تُعلنه الحكومة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRM</source>
        <translation>الآلية المستقلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims more than assessed</source>
        <translation>تُعلن أكثر مما قُيِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consistent with the claim</source>
        <translation>متّسق مع ما أُعلن</translation>
    </message>
</context>
<context>
    <name>ClaimsTile</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="+68"/>
        <source>Reported complete</source>
        <translation>أُبلغ عنه مكتملًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported in progress</source>
        <translation>أُبلغ عنه قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported not started</source>
        <translation>أُبلغ عنه لم يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No or other status</source>
        <translation>بلا حالة أو حالة أخرى</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Government claims vs IRM</source>
        <translation>إعلانات الحكومة مقابل الآلية المستقلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Government: %s</source>
        <translation>الحكومة: %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Government claimed more than the IRM assessed</source>
        <translation>أعلنت الحكومة أكثر مما قيّمته الآلية المستقلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>claimed more than the IRM assessed (of %s compared)</source>
        <translation>أعلنت أكثر مما قيّمته الآلية المستقلة (من أصل %s مقارنة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the government reports about each commitment, beside the IRM&apos;s “%s” score. Claims above the IRM&apos;s level need evidence in the justification.</source>
        <translation>ما تُبلغ عنه الحكومة بشأن كل التزام، بجانب تقييم الآلية المستقلة &quot;%s&quot;. الإعلانات التي تتجاوز مستوى الآلية تحتاج إلى أدلة في التبرير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted from the government&apos;s latest reported status of each commitment. A claim is compared only when the commitment has both a recognised status and an IRM “%s” score.</source>
        <translation>محسوب من آخر حالة أبلغت عنها الحكومة لكل التزام. لا يُقارَن الإعلان إلا إذا كان للالتزام حالة معروفة وتقييم &quot;%s&quot; من الآلية المستقلة.</translation>
    </message>
</context>
<context>
    <name>CommentsView</name>
    <message>
        <location filename="../../../irm_app/ui/review/comments_view.py" line="+71"/>
        <source>Show comments</source>
        <translation>عرض التعليقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All comments</source>
        <translation>كل التعليقات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply, or how the comment was handled</source>
        <translation>اكتب ردًا، أو كيف عولج التعليق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply</source>
        <translation>إ&amp;جابة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Res&amp;olve</source>
        <translation>&amp;حل</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Mark the thread resolved (with your name and the time); the reply box&apos;s text is kept as how it was handled</source>
        <translation>تعيين السلسلة كمحلولة (باسمك والوقت)؛ يُحفظ نص مربع الرد بوصفه طريقة المعالجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show commitment</source>
        <translation>عرض الالتزام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New level</source>
        <translation>المستوى الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and resolve</source>
        <translation>والحل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chan&amp;ge the score here</source>
        <translation>تغيير التقي&amp;يم هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the field this comment is about to the chosen level; the comment records the change</source>
        <translation>تعيين الحقل الذي يتناوله هذا التعليق على المستوى المختار؛ يسجّل التعليق التغيير</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Every reviewer</source>
        <translation>كل المراجِعين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every commitment</source>
        <translation>كل الالتزامات</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d comments, %d open</source>
        <translation>%d تعليقات، %d مفتوحة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>resolved by %s</source>
        <translation>حلّه %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;open</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score changed here: %s → %s</source>
        <translation>تغيّر التقييم هنا: %s → %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved by %s at %s</source>
        <translation>حلّه %s في %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on an older version of the package</source>
        <translation>أُدلي به على إصدار أقدم من الحزمة</translation>
    </message>
</context>
<context>
    <name>CommitmentChecklist</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="+111"/>
        <source>Filter by id or title</source>
        <translation>تصفية حسب المعرّف أو العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>تصفية الالتزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only commitments whose id or title contains this text</source>
        <translation>إظهار الالتزامات التي يحتوي معرّفها أو عنوانها على هذا النص فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked commitments</source>
        <translation>الالتزامات المرتبطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick every commitment this evidence supports</source>
        <translation>حدّد كل التزام يدعمه هذا الدليل</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%d of %d commitments linked</source>
        <translation>%d من %d التزامًا مرتبطة</translation>
    </message>
</context>
<context>
    <name>CommitmentPanel</name>
    <message>
        <location filename="../../../irm_app/ui/intake/commitment_panel.py" line="+100"/>
        <source>member code + number, or the OGP id</source>
        <translation>رمز العضو + الرقم، أو معرّف الشراكة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Milestones:</source>
        <translation>المعالم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone title</source>
        <translation>عنوان المَعلم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone:</source>
        <translation>المعلم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone start</source>
        <translation>بداية المَعلم</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>Start:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone end</source>
        <translation>نهاية المَعلم</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <source>End:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;ID:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;umber:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>المؤسسة ال&amp;رائدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the commitment is</source>
        <translation>ما هو الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>المشكلة العامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it contributes</source>
        <translation>كيف يسهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevance to OGP values</source>
        <translation>الصلة بقيم شراكة الحكومة المنفتحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>How it was found: %s</source>
        <translation>كيف اكتُشف: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %s</source>
        <translation>المصدر: %s</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/panel.py" line="+60"/>
        <source>New comment</source>
        <translation>تعليق جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on this commitment or one of its fields</source>
        <translation>تعليق على هذا الالتزام أو أحد حقوله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add comment</source>
        <translation>إ&amp;ضافة تعليق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review state</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;review state</source>
        <translation>تعيي&amp;ن حالة المراجعة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review: %s</source>
        <translation>المراجعة: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: no state yet</source>
        <translation>المراجعة: لا حالة بعد</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/view.py" line="+20"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>الجهات الداعمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported status</source>
        <translation>الحالة المُبلَّغ عنها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government self-assessment</source>
        <translation>التقييم الذاتي للحكومة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Commitment text</source>
        <translation>نص الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a commitment to read it here.</source>
        <translation>اختر التزامًا لقراءته هنا.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/model.py" line="+151"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead institution</source>
        <translation>المؤسسة الرائدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ every applicable field scored and justified; ◐ started</source>
        <translation>✓ كل الحقول المنطبقة مُقيَّمة ومبرَّرة؛ ◐ بدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewers&apos; states of each commitment (needs changes, approved...)</source>
        <translation>حالات كل التزام لدى المراجِعين (يحتاج إلى تغييرات، معتمد...)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Commitment %s</source>
        <translation>الالتزام %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no review state</source>
        <translation>لا حالة مراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scored and justified</source>
        <translation>مُقيَّم ومبرَّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>started, not complete</source>
        <translation>بدأ، غير مكتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged to revisit later</source>
        <translation>مُعلَّم للمراجعة لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet determined</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not apply</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s: %s, commitment %s</source>
        <translation>%s: %s، الالتزام %s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>n/a</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+45"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not scored: </source>
        <translation>غير مُقيَّم: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No justification: </source>
        <translation>بلا تبرير: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged: revisit later</source>
        <translation>مُعلَّم: للمراجعة لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/page.py" line="+61"/>
        <source>Filter by ID, title or institution (Ctrl+F)</source>
        <translation>تصفية حسب المعرّف أو العنوان أو المؤسسة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter (Ctrl+F)</source>
        <translation>تصفية (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>تصفية الالتزامات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which commitments the table lists</source>
        <translation>أيّ الالتزامات يعرضها الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the commitments that need attention</source>
        <translation>إظهار الالتزامات التي تحتاج إلى انتباه فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All commitments</source>
        <translation>كل الالتزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully scored</source>
        <translation>غير مُقيَّمة بالكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing justification</source>
        <translation>ينقصها التبرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged: revisit later</source>
        <translation>مُعلَّمة: للمراجعة لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed more than assessed</source>
        <translation>أُعلن أكثر مما قُيِّم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment of the plan: its done mark, title, each field&apos;s level and the derived indicators</source>
        <translation>صف لكل التزام في الخطة: علامة اكتماله، وعنوانه، ومستوى كل حقل، والمؤشرات المشتقة</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+223"/>
        <source>&amp;Revisit later</source>
        <translation>مراجعة لاح&amp;قًا</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Revisit later</source>
        <translation>مراجعة لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag this commitment to come back to; filter on it from the list</source>
        <translation>علِّم هذا الالتزام للعودة إليه؛ صفِّ القائمة عليه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Review (%n open)</source>
        <translation>
            <numerusform>المراجعة (لا تعليق مفتوح)</numerusform>
            <numerusform>المراجعة (تعليق واحد مفتوح)</numerusform>
            <numerusform>المراجعة (تعليقان مفتوحان)</numerusform>
            <numerusform>المراجعة (%n تعليقات مفتوحة)</numerusform>
            <numerusform>المراجعة (%n تعليقًا مفتوحًا)</numerusform>
            <numerusform>المراجعة (%n تعليق مفتوح)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review (%d)</source>
        <translation>المراجعة (%d)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grand challenges: %s</source>
        <translation>التحديات الكبرى: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revisit later: %s</source>
        <translation>مراجعة لاحقًا: %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy &amp;ID</source>
        <translation>نسخ ال&amp;معرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;title</source>
        <translation>نسخ ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%d of %d commitments shown</source>
        <translation>%d من %d التزامًا معروضة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This plan has no commitments yet. Add them with Plan &gt; Edit plan (Ctrl+P), or import the plan&apos;s file (Ctrl+I).</source>
        <translation>لا التزامات في هذه الخطة بعد. أضفها عبر الخطة &gt; تحرير الخطة (Ctrl+P)، أو استورد ملف الخطة (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitment matches “%s” among those shown as “%s”. Clear the filter box, or choose “%s” under Show.</source>
        <translation>لا التزام يطابق “%s” بين المعروضة كـ“%s”. امسح مربع التصفية، أو اختر “%s” في إظهار.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment matches “%s” in its ID, title or institutions. Check the spelling or clear the filter box.</source>
        <translation>لا التزام يطابق “%s” في معرّفه أو عنوانه أو مؤسساته. تحقق من الإملاء أو امسح مربع التصفية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No commitment is “%s”. Choose “%s” under Show to see them all.</source>
        <translation>لا التزام في حالة “%s”. اختر “%s” في إظهار لرؤيتها كلها.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+115"/>
        <source>Create a signing identity</source>
        <translation>إنشاء هوية توقيع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two letters, e.g. CL</source>
        <translation>حرفان، مثال: JO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>البريد ال&amp;إلكتروني:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country (two-letter code)</source>
        <translation>البلد (رمز من حرفين)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your name as it should appear on signed reports.</source>
        <translation>أدخل اسمك كما ينبغي أن يظهر في التقارير الموقّعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the two-letter country code (ISO 3166), e.g. CL.</source>
        <translation>أدخل رمز البلد المكوّن من حرفين (ISO 3166)، مثال: JO.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../../irm_app/ui/dashboard/page.py" line="+53"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grand challenge</source>
        <translation>التحدي الكبير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assessment dashboard</source>
        <translation>لوحة معلومات التقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Open an assessment to see how far it is.</source>
        <translation>افتح تقييمًا لترى مدى تقدّمه.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Field broken down</source>
        <translation>الحقل المفصَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scored field the breakdown chart shows</source>
        <translation>أيّ حقل مُقيَّم يعرضه مخطط التفصيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break down by</source>
        <translation>التفصيل حسب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group commitments by their theme, or by OGP grand challenge (the plan&apos;s and your own tags; a commitment with two grand challenges counts in both)</source>
        <translation>جمّع الالتزامات حسب موضوعها، أو حسب التحدي الكبير للشراكة (وسوم الخطة ووسومك؛ الالتزام الذي له تحدّيان كبيران يُحسب في كليهما)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break down:</source>
        <translation>التفصيل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By:</source>
        <translation>حسب:</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%s by grand challenge</source>
        <translation>%s حسب التحدي الكبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%s by theme</source>
        <translation>%s حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/charts.py" line="+23"/>
        <source>Does not apply</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A commitment with two grand challenges is counted in both rows.</source>
        <translation>الالتزام الذي له تحدّيان كبيران يُحسب في الصفّين كليهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived indicators</source>
        <translation>المؤشرات المشتقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>مُعلَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough data</source>
        <translation>بيانات غير كافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>غير مُعلَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dashboard/tiles.py" line="-115"/>
        <source>Scored</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>الالتزامات التي قُيِّمت كل حقولها المنطبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justified</source>
        <translation>مبرَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments whose every set score that needs a justification has one</source>
        <translation>الالتزامات التي لكل تقييم فيها يحتاج إلى تبرير تبريرُه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With evidence</source>
        <translation>مع أدلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with at least one evidence item linked</source>
        <translation>الالتزامات المرتبطة بدليل واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for revisit</source>
        <translation>مُعلَّم للمراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments you flagged to come back to</source>
        <translation>الالتزامات التي علّمتها للعودة إليها</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%s progress</source>
        <translation>تقدّم %s</translation>
    </message>
</context>
<context>
    <name>DefinitionsSwitch</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/definitions.py" line="+47"/>
        <source>Definitions</source>
        <translation>التعريفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the levels&apos; definitions and why each derived indicator is what it is (F1; ? on a field shows that field&apos;s)</source>
        <translation>عرض تعريفات المستويات وسبب قيمة كل مؤشر مشتق (F1؛ ? على حقل يعرض تعريفاته)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show definitions</source>
        <translation>عرض التعريفات</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../../irm_app/ui/intake/document_view.py" line="+29"/>
        <source>—— page %s ——</source>
        <translation>—— الصفحة %s ——</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-105"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>موقع إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location line="+156"/>
        <source>Edit evidence</source>
        <translation>تحرير الدليل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Ministry progress report, March 2024</source>
        <translation>مثال: تقرير تقدّم الوزارة، مارس 2024</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (or YYYY-MM, YYYY); empty: no date</source>
        <translation>YYYY-MM-DD (أو YYYY-MM، YYYY)؛ فارغ: بلا تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of evidence</source>
        <translation>نوع الدليل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document, interview, website or observation</source>
        <translation>وثيقة أو مقابلة أو موقع إلكتروني أو ملاحظة ميدانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required: what the evidence is, as cited in the report</source>
        <translation>مطلوب: ما هو الدليل، كما يُستشهد به في التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the evidence was produced or gathered; leave empty if unknown</source>
        <translation>متى أُنتج الدليل أو جُمع؛ اتركه فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set date to today</source>
        <translation>تعيين تاريخ اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in today&apos;s date</source>
        <translation>ملء تاريخ اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it can be found online: an http:// or https:// address</source>
        <translation>أين يمكن العثور عليه على الإنترنت: عنوان http://‎ أو https://‎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your notes: who was interviewed, what the page showed, page numbers…</source>
        <translation>ملاحظاتك: من قوبل، وماذا أظهرت الصفحة، وأرقام الصفحات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a file into the library with this evidence</source>
        <translation>نسخ ملف إلى المكتبة مع هذا الدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear attached file</source>
        <translation>مسح الملف المرفق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not attach the file chosen here</source>
        <translation>عدم إرفاق الملف المختار هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The attached file&apos;s name and SHA-256 fingerprint</source>
        <translation>اسم الملف المرفق وبصمته SHA-256</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supports:</source>
        <translation>يدعم:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attach a file to this evidence</source>
        <translation>إرفاق ملف بهذا الدليل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s is too large to attach (limit %d MB)</source>
        <translation>%s أكبر من أن يُرفق (الحد %d ميغابايت)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %s: %s</source>
        <translation>تعذّرت قراءة %s: %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s (new)
SHA-256 %s</source>
        <translation>%s (جديد)
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
        <translation>لا ملف مرفق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A title is required.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/panel.py" line="+79"/>
        <source>Evidence for this commitment</source>
        <translation>أدلة هذا الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence linked yet. Add an item, or link one already in this assessment below.</source>
        <translation>لا توجد أدلة مرتبطة بعد. أضف عنصرًا، أو اربط أدناه عنصرًا موجودًا في هذا التقييم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a new evidence item for this commitment</source>
        <translation>إضافة عنصر دليل جديد لهذا الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected evidence item</source>
        <translation>تحرير عنصر الدليل المحدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ed&amp;it…</source>
        <translation>تحر&amp;ير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>إزال&amp;ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected evidence item from the assessment (Ctrl+Z undoes)</source>
        <translation>حذف عنصر الدليل المحدد من التقييم (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the item&apos;s URL in your web browser</source>
        <translation>فتح عنوان URL للعنصر في متصفحك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open lin&amp;k</source>
        <translation>فتح الراب&amp;ط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the attached file with your system&apos;s viewer</source>
        <translation>فتح الملف المرفق بعارض النظام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open file</source>
        <translation>فتح المل&amp;ف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to other co&amp;mmitments…</source>
        <translation>ر&amp;بط بالتزامات أخرى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every commitment the selected item supports</source>
        <translation>اختر كل التزام يدعمه العنصر المحدد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Other evidence in this assessment</source>
        <translation>أدلة أخرى في هذا التقييم</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Link &amp;to this commitment</source>
        <translation>ربط ب&amp;هذا الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected item evidence for this commitment too</source>
        <translation>اجعل العنصر المحدد دليلًا لهذا الالتزام أيضًا</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a commitment to see its evidence.</source>
        <translation>اختر التزامًا لترى أدلته.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence for %s</source>
        <translation>أدلة %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only review copy)</source>
        <translation> (نسخة مراجعة للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not linked to any commitment</source>
        <translation>غير مرتبط بأي التزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports: %s</source>
        <translation>يدعم: %s</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot open the attached file: %s</source>
        <translation>تعذّر فتح الملف المرفق: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown signer</source>
        <translation>موقِّع غير معروف</translation>
    </message>
</context>
<context>
    <name>EvidenceTree</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/tree.py" line="+23"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="+89"/>
        <source>Export review</source>
        <translation>تصدير المراجعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase of your signing key</source>
        <translation>عبارة المرور لمفتاح التوقيع الخاص بك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+83"/>
        <source>Select an assessment in the library first.</source>
        <translation>اختر تقييمًا في المكتبة أولًا.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>%s: no such folder</source>
        <translation>%s: لا يوجد مجلد كهذا</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Report written to %s</source>
        <translation>كُتب التقرير في %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %s…</source>
        <translation>جارٍ كتابة %s…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Export package</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Package written to %s (signed by %s)</source>
        <translation>كُتبت الحزمة في %s (وقّعها %s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written to %s (signed by %s): a DRAFT for review, marked so in the report and in its signed manifest, not the final report</source>
        <translation>كُتبت الحزمة في %s (وقّعها %s): مسودة للمراجعة، موسومة بذلك في التقرير وفي بيانها الموقّع، وليست التقرير النهائي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing %s…</source>
        <translation>جارٍ توقيع %s…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a signed package for review</source>
        <translation>فتح حزمة موقّعة للمراجعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+41"/>
        <source>Open package</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Verifying %s…</source>
        <translation>جارٍ التحقق من %s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s was refused: %s</source>
        <translation>رُفض %s: %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trusted signer</source>
        <translation>موقِّع موثوق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>موقِّع ليس في قائمتك الموثوقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %s read-only: signed by %s (%s)</source>
        <translation>فُتح %s للقراءة فقط: وقّعه %s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256): %s</source>
        <translation>البصمة (SHA-256): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes</source>
        <translation>لا تغييرات</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+46"/>
        <source>signed by a different key than the last package from %s: that was %s, this is %s</source>
        <translation>موقّع بمفتاح مختلف عن مفتاح آخر حزمة من %s: كان ذاك %s، وهذا %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed by a different key than the last package of assessment %s: that was %s, this is %s</source>
        <translation>موقّع بمفتاح مختلف عن مفتاح آخر حزمة للتقييم %s: كان ذاك %s، وهذا %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="+17"/>
        <source>REFUSED: %s was not opened.</source>
        <translation>مرفوض: لم يُفتح %s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s</source>
        <translation>الموقِّع: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the new key with the signer (compare the fingerprint by phone or in person) before accepting it.</source>
        <translation>تحقّق من المفتاح الجديد مع الموقِّع (قارن البصمة هاتفيًا أو شخصيًا) قبل قبوله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the new key and open</source>
        <translation>&amp;قبول المفتاح الجديد والفتح</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/field_editor.py" line="+44"/>
        <source>Comments: %d open</source>
        <translation>التعليقات: %d مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments: %d</source>
        <translation>التعليقات: %d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments on %s</source>
        <translation>التعليقات على %s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the answer to this field</source>
        <translation>حذف الإجابة عن هذا الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %s</source>
        <translation>مسح %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Justification (required)</source>
        <translation>التبرير (مطلوب)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justification</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification for %s</source>
        <translation>تبرير %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level: cite the evidence. Saved as you type.</source>
        <translation>لماذا هذا المستوى: استشهد بالأدلة. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Does not apply: %s</source>
        <translation>لا ينطبق: %s</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../../../irm_app/ui/exporter.py" line="-211"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the written file</source>
        <translation>فتح الملف المكتوب</translation>
    </message>
</context>
<context>
    <name>FlaggedValuesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+217"/>
        <source>Flagged values</source>
        <translation>القيم المُعلَّمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the library: commitments %d, milestones %d, assessments %d; flagged values %d</source>
        <translation>في المكتبة: الالتزامات %d، المعالم %d، التقييمات %d؛ القيم المُعلَّمة %d</translation>
    </message>
</context>
<context>
    <name>FlagsPane</name>
    <message>
        <location line="-123"/>
        <source>Values the import could not map to a level of the form: kept as they were, not scored. Score these commitments by hand.</source>
        <translation>قيم لم يستطع الاستيراد ربطها بمستوى من النموذج: حُفظت كما هي، دون تقييم. قيِّم هذه الالتزامات يدويًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value was flagged: every value the file gave was read as a level or left blank.</source>
        <translation>لم تُعلَّم أي قيمة: قُرئت كل قيمة في الملف كمستوى أو تُركت فارغة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to commitment</source>
        <translation>الا&amp;نتقال إلى الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected value&apos;s commitment and field (Enter, or a double-click)</source>
        <translation>عرض التزام القيمة المحددة وحقلها (Enter، أو نقرة مزدوجة)</translation>
    </message>
</context>
<context>
    <name>FlagsTable</name>
    <message>
        <location line="-55"/>
        <source>Flagged values</source>
        <translation>القيم المُعلَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(plan)</source>
        <translation>(الخطة)</translation>
    </message>
</context>
<context>
    <name>GrandChallengesBox</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/claims.py" line="+44"/>
        <source>Improving public services</source>
        <translation>تحسين الخدمات العامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing public integrity</source>
        <translation>تعزيز النزاهة العامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More effectively managing public resources</source>
        <translation>إدارة الموارد العامة بفعالية أكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating safer communities</source>
        <translation>بناء مجتمعات أكثر أمانًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increasing corporate accountability</source>
        <translation>تعزيز مساءلة الشركات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenges</source>
        <translation>التحديات الكبرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OGP grand challenges this commitment addresses (for the report and OGP&apos;s data)</source>
        <translation>التحديات الكبرى للشراكة التي يعالجها هذا الالتزام (للتقرير ولبيانات الشراكة)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grand challenge: %s</source>
        <translation>التحدي الكبير: %s</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+46"/>
        <source>Settings — Signing identity</source>
        <translation>الإعدادات — هوية التوقيع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the fingerprint to register it with the OGP portal</source>
        <translation>نسخ البصمة لتسجيلها في بوابة الشراكة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>صاحب الشهادة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>صالحة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate identity…</source>
        <translation>&amp;إنشاء هوية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import .p12…</source>
        <translation>ا&amp;ستيراد ‎.p12…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no signing identity yet. Create one (a key and a self-signed certificate, kept on this computer) or import the .p12 your organisation issued. Its fingerprint is what reviewers trust.</source>
        <translation>ليست لديك هوية توقيع بعد. أنشئ واحدة (مفتاح وشهادة موقّعة ذاتيًا، محفوظان على هذا الحاسوب) أو استورد ملف ‎.p12 الذي أصدرته منظمتك. بصمتها هي ما يثق به المراجعون.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages you export are signed with this identity. Register the fingerprint with the OGP portal so reviewers can trust it.</source>
        <translation>الحزم التي تصدّرها تُوقَّع بهذه الهوية. سجّل البصمة في بوابة الشراكة ليتمكن المراجعون من الوثوق بها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s to %s</source>
        <translation>من %s إلى %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPIRED: create or import a new identity</source>
        <translation>منتهية الصلاحية: أنشئ هوية جديدة أو استوردها</translation>
    </message>
</context>
<context>
    <name>ImportIdentityDialog</name>
    <message>
        <location line="-97"/>
        <source>Import a .p12 identity</source>
        <translation>استيراد هوية ‎.p12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCS#12 file</source>
        <translation>ملف PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the .p12 file</source>
        <translation>عبارة المرور لملف ‎.p12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File pa&amp;ssphrase:</source>
        <translation>عبارة مرور ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import identity</source>
        <translation>استيراد الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the .p12 file your organisation gave you.</source>
        <translation>اختر ملف ‎.p12 الذي أعطتك إياه منظمتك.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+88"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %s</source>
        <translation>استُورد %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans: %d (%d new, %d updated)</source>
        <translation>الخطط: %d (%d جديدة، %d محدَّثة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments: %d added, %d updated; milestones: %d</source>
        <translation>الالتزامات: %d مضافة، %d محدَّثة؛ المعالم: %d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessments from earlier IRM codes: %d (scores: %d)</source>
        <translation>تقييمات من رموز IRM سابقة: %d (الدرجات: %d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged values: %d; conflicts: %d</source>
        <translation>القيم المُعلَّمة: %d؛ التعارضات: %d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans imported</source>
        <translation>الخطط المستوردة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts and notes</source>
        <translation>التعارضات والملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans (%d)</source>
        <translation>الخطط (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged values (%d)</source>
        <translation>القيم المُعلَّمة (%d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and notes (%d)</source>
        <translation>التعارضات والملاحظات (%d)</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../../irm_app/ui/library/pane.py" line="+26"/>
        <source>Filter: member, plan, year, researcher (Ctrl+L)</source>
        <translation>تصفية: العضو، الخطة، السنة، الباحث (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library (Ctrl+L)</source>
        <translation>تصفية المكتبة (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the library</source>
        <translation>تصفية المكتبة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No plans yet: File &gt; Import… (Ctrl+I) or Plan &gt; New plan…</source>
        <translation>لا خطط بعد: ملف &gt; استيراد… (Ctrl+I) أو الخطة &gt; خطة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan matches “%s”. Try a member&apos;s name, a year or a plan id; Escape clears the filter.</source>
        <translation>لا خطة تطابق “%s”. جرّب اسم عضو أو سنة أو معرّف خطة؛ Escape يمسح التصفية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d of %d plans shown</source>
        <translation>%d من %d خطط معروضة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 plan</source>
        <translation>خطة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d خطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member</source>
        <translation>عضو واحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d members</source>
        <translation>%d أعضاء</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../../irm_app/ui/library/tree.py" line="+36"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library: members, their plans and assessments</source>
        <translation>المكتبة: الأعضاء وخططهم وتقييماتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans in this library by OGP member, and the assessments of each</source>
        <translation>الخطط في هذه المكتبة حسب عضو الشراكة، وتقييمات كل منها</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%s: %s
%d commitments, %d milestones</source>
        <translation>%s: %s
%d التزامًا، %d مَعلمًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 plan</source>
        <translation>خطة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d plans</source>
        <translation>%d خطط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s: %s in this library</source>
        <translation>%s: %s في هذه المكتبة</translation>
    </message>
    <message>
        <location line="+83"/>
        <source> · final</source>
        <translation> · نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d/%d scored</source>
        <translation>%d/%d مُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments with every applicable field scored</source>
        <translation>الالتزامات التي قُيِّمت كل حقولها المنطبقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s%s
Form: %s %s
%d of %d commitments scored, %d justified, %d with evidence, %d to revisit</source>
        <translation>%s%s
الاستمارة: %s %s
%d من %d التزامًا مُقيَّمًا، %d مبرَّرًا، %d مع أدلة، %d للمراجعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d of %d commitments scored</source>
        <translation>%d من %d التزامات مُقيَّمة</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../../irm_app/ui/evidence/dialog.py" line="-161"/>
        <source>Link evidence to commitments</source>
        <translation>ربط الدليل بالالتزامات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments supported by “%s”:</source>
        <translation>الالتزامات التي يدعمها &quot;%s&quot;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../irm_app/ui/actions.py" line="+70"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an action plan (JSON) or OGP&apos;s commitments table (CSV, XLSX); or drop a file</source>
        <translation>استيراد خطة عمل (JSON) أو جدول التزامات الشراكة (CSV، XLSX)؛ أو إفلات ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;تقييم جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start assessing a plan with a methodology form</source>
        <translation>بدء تقييم خطة باستمارة منهجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;final</source>
        <translation>تعيين ك&amp;نهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment final (recorded in the audit log)</source>
        <translation>تعيين التقييم المحدد نهائيًا (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;draft</source>
        <translation>تعيين كمس&amp;ودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected assessment a draft again</source>
        <translation>إعادة التقييم المحدد إلى مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete assessment…</source>
        <translation>&amp;حذف التقييم…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected assessment, after confirmation</source>
        <translation>حذف التقييم المحدد، بعد التأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the selected assessment another title</source>
        <translation>إعطاء التقييم المحدد عنوانًا آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate assessment…</source>
        <translation>تك&amp;رار التقييم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft starting from everything recorded in the selected assessment</source>
        <translation>مسودة جديدة تبدأ من كل ما سُجّل في التقييم المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename plan…</source>
        <translation>إعادة ت&amp;سمية الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected plan&apos;s title</source>
        <translation>تغيير عنوان الخطة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate plan…</source>
        <translation>تك&amp;رار الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the selected plan&apos;s text and commitments under a new id</source>
        <translation>نسخة من نص الخطة المحددة والتزاماتها بمعرّف جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete plan…</source>
        <translation>&amp;حذف الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected plan and its assessments, after confirmation (a backup is written first)</source>
        <translation>حذف الخطة المحددة وتقييماتها بعد التأكيد (تُكتب نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty library file and open it</source>
        <translation>إنشاء ملف مكتبة فارغ وفتحه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>تص&amp;دير التقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the selected assessment&apos;s report as Word or PDF</source>
        <translation>كتابة تقرير التقييم المحدد بصيغة Word أو PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed &amp;package…</source>
        <translation>تصدير حزمة موقّ&amp;عة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the assessment, its reports and evidence into a verifiable .irmpkg</source>
        <translation>توقيع التقييم وتقاريره وأدلته في حزمة ‎.irmpkg قابلة للتحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify…</source>
        <translation>تحق&amp;ق…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check a package or signed PDF: intact, and who signed it</source>
        <translation>فحص حزمة أو ملف PDF موقّع: هل هو سليم، ومن وقّعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open p&amp;ackage for review…</source>
        <translation>فتح حزمة للمرا&amp;جعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a signed package, then open it read-only in this library</source>
        <translation>التحقق من حزمة موقّعة ثم فتحها للقراءة فقط في هذه المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a reviewer&apos;s signed .irmreview, or the comments of a reviewed Word file</source>
        <translation>دمج ملف ‎.irmreview موقّع من مراجِع، أو تعليقات ملف Word مُراجَع</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Rena&amp;me assessment…</source>
        <translation>إعادة ت&amp;سمية التقييم…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New li&amp;brary…</source>
        <translation>مكت&amp;بة جديدة…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import revie&amp;w…</source>
        <translation>است&amp;يراد مراجعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport review…</source>
        <translation>ت&amp;صدير المراجعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign your comments and review states on this review copy into a .irmreview</source>
        <translation>توقيع تعليقاتك وحالات المراجعة على نسخة المراجعة هذه في ملف ‎.irmreview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>التع&amp;ليقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review comments of the assessment shown, with filters</source>
        <translation>تعليقات المراجعة للتقييم المعروض، مع عوامل تصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open library…</source>
        <translation>&amp;فتح مكتبة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another library file</source>
        <translation>فتح ملف مكتبة آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;details…</source>
        <translation>تفاصيل الت&amp;قييم…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The researcher of the assessment shown (recorded on its report)</source>
        <translation>باحث التقييم المعروض (يُسجَّل في تقريره)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan…</source>
        <translation>&amp;خطة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a plan by hand: member, number, period, themes, then its commitments</source>
        <translation>كتابة خطة يدويًا: العضو، الرقم، الفترة، المواضيع، ثم التزاماتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;تحرير الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected plan&apos;s header, commitments and milestones (with undo)</source>
        <translation>تحرير ترويسة الخطة المحددة والتزاماتها ومعالمها (مع التراجع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged values…</source>
        <translation>القيم ال&amp;معلَّمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values the selected plan&apos;s import could not read as levels, each with a jump to its commitment</source>
        <translation>القيم التي لم يستطع استيراد الخطة المحددة قراءتها كمستويات، مع انتقال من كل منها إلى التزامها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find commitment</source>
        <translation>ال&amp;بحث عن التزام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the commitments by ID, title or institution</source>
        <translation>تصفية الالتزامات حسب المعرّف أو العنوان أو المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>البحث في كل &amp;شيء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the plans&apos; texts, justifications, evidence and narrative</source>
        <translation>البحث عن كلمات في نصوص الخطط والتبريرات والأدلة والسرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the &amp;library</source>
        <translation>تصفية ال&amp;مكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the library to a member, a plan, a year or a researcher</source>
        <translation>حصر المكتبة في عضو أو خطة أو سنة أو باحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous commitment</source>
        <translation>الالتزام ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next commitment</source>
        <translation>الالتزام ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan-level</source>
        <translation>مستوى الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, recorded on new assessments and with every change; the interface language</source>
        <translation>اسمك، المُسجَّل في التقييمات الجديدة ومع كل تغيير؛ ولغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;identity…</source>
        <translation>&amp;هوية التوقيع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your signing key and certificate: create, import, copy the fingerprint</source>
        <translation>مفتاح التوقيع وشهادتك: إنشاء، استيراد، نسخ البصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted &amp;signers…</source>
        <translation>الموقّعون ال&amp;موثوقون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signers and organisation CAs whose packages you trust</source>
        <translation>الموقّعون وسلطات التصديق (CA) للمنظمات التي تثق بحزمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology…</source>
        <translation>ال&amp;منهجية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The methodology form of the assessment in view: its fields, levels and definitions</source>
        <translation>نموذج منهجية التقييم المعروض: حقوله ومستوياته وتعريفاته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IRM Assessor</source>
        <translation>&amp;حول مُقيّم آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/assessment_actions.py" line="+25"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment in the library first.</source>
        <translation>اختر تقييمًا في المكتبة أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Assessment status</source>
        <translation>حالة التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %s</source>
        <translation>عُيِّن %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>Delete assessment</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Delete “%s” with its %d recorded fields and its evidence?</source>
        <translation>حذف &quot;%s&quot; مع حقوله المسجلة البالغة %d وأدلته؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>تُكتب نسخة احتياطية من المكتبة أولًا (irm-app backups يسردها، وirm-app restore يعيدها). ويحتفظ سجل التدقيق بقيد للحذف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+83"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_install.py" line="+49"/>
        <source>&amp;Commitments</source>
        <translation>الالت&amp;زامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+36"/>
        <source>P&amp;lan-level</source>
        <translation>مستوى ال&amp;خطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+11"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../irm_app/ui/window_pages.py" line="+13"/>
        <source>&amp;Narrative</source>
        <translation>الس&amp;رد</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>IRM Assessor — %s</source>
        <translation>مُقيّم آلية الإبلاغ المستقلة — %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/window_pages.py" line="+61"/>
        <source>This plan has no assessment yet.</source>
        <translation>لا يوجد تقييم لهذه الخطة بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one to start scoring: choose the methodology form that fits the plan&apos;s period. Every score, justification and piece of evidence is saved as you go.</source>
        <translation>أنشئ تقييمًا لبدء التقييم: اختر نموذج المنهجية المناسب لفترة الخطة. يُحفظ كل تقييم وتبرير ودليل أثناء العمل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New assessment…</source>
        <translation>تقييم جديد…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+79"/>
        <source>Library restored from a backup</source>
        <translation>استُعيدت المكتبة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+42"/>
        <source>Loading the sample plan…</source>
        <translation>جارٍ تحميل الخطة النموذجية…</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+68"/>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Assessment details</source>
        <translation>تفاصيل التقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Researcher of this assessment: %s</source>
        <translation>باحث هذا التقييم: %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/importing.py" line="+7"/>
        <source>Reading %s…</source>
        <translation>جارٍ قراءة %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/main_window.py" line="+33"/>
        <location filename="../../../irm_app/ui/menus.py" line="+205"/>
        <source>Open library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/menus.py" line="-179"/>
        <source>Action plans (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;All files (*)</source>
        <translation>خطط العمل (*.json *.csv *.tsv *.xlsx *.pdf *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;ملف حديث</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import an action plan</source>
        <translation>استيراد خطة عمل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Libraries (*.db);;All files (*)</source>
        <translation>المكتبات (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a plan first</source>
        <translation>اختر خطة أولًا</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Researcher: %s</source>
        <translation>الباحث: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an assessment first</source>
        <translation>اختر تقييمًا أولًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;IRM Assessor %s&lt;/h3&gt;&lt;p&gt;Assess OGP action plans with the IRM methodology, offline, and export signed reports.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مُقيّم آلية الإبلاغ المستقلة %s&lt;/h3&gt;&lt;p&gt;قيّم خطط عمل شراكة الحكومة المفتوحة بمنهجية آلية الإبلاغ المستقلة، دون اتصال، وصدّر تقارير موقّعة.&lt;/p&gt;&lt;p&gt;Qt %s &amp;middot; PySide6 %s &amp;middot; Python %s&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an assessment first: this page describes the methodology form it uses.</source>
        <translation>افتح تقييمًا أولًا: تصف هذه الصفحة نموذج المنهجية الذي يستخدمه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About IRM Assessor</source>
        <translation>حول مُقيّم آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/dialogs/import_result.py" line="+57"/>
        <source>Plan %s has no assessment yet: create one (File &gt; New assessment) to score its flagged values</source>
        <translation>الخطة %s ليس لها تقييم بعد: أنشئ تقييمًا (ملف &gt; تقييم جديد) لتقييم قيمها المُعلَّمة</translation>
    </message>
</context>
<context>
    <name>Manage</name>
    <message>
        <location filename="../../../irm_app/ui/library/manage.py" line="+85"/>
        <source>Select an assessment in the library first</source>
        <translation>اختر تقييمًا في المكتبة أولًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a plan in the library first</source>
        <translation>اختر خطة في المكتبة أولًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename assessment</source>
        <translation>إعادة تسمية التقييم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Duplicated: the copy is a draft with every score, justification, evidence item and section of the original</source>
        <translation>تم التكرار: النسخة مسودة تحوي كل تقييم وتبرير ودليل وقسم من الأصل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new draft of the same plan and form, starting from everything recorded in this one (e.g. the end-of-term review from the progress assessment).</source>
        <translation>مسودة جديدة للخطة والنموذج نفسيهما، تبدأ من كل ما سُجّل في هذا التقييم (مثلًا مراجعة نهاية المدة انطلاقًا من تقييم التقدم).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate assessment</source>
        <translation>تكرار التقييم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title of the copy:</source>
        <translation>&amp;عنوان النسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s (copy)</source>
        <translation>%s (نسخة)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename plan</source>
        <translation>إعادة تسمية الخطة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A copy of the plan&apos;s text and commitments under a new id; its assessments stay with the original.</source>
        <translation>نسخة من نص الخطة والتزاماتها بمعرّف جديد؛ تبقى تقييماتها مع الأصل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate plan</source>
        <translation>تكرار الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ID of the copy:</source>
        <translation>&amp;معرّف النسخة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Delete plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the plan “%s %s” with its %d commitments, %d assessments and their %d recorded fields?</source>
        <translation>حذف الخطة “%s %s” مع التزاماتها (%d) وتقييماتها (%d) وحقولها المسجّلة (%d)؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of the library is written first (irm-app backups lists it, irm-app restore puts it back). The audit log keeps a record of the deletion.</source>
        <translation>تُكتب نسخة احتياطية من المكتبة أولًا (irm-app backups يسردها، وirm-app restore يعيدها). ويحتفظ سجل التدقيق بقيد للحذف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete plan</source>
        <translation>&amp;حذف الخطة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan deleted; the backup written before is %s</source>
        <translation>حُذفت الخطة؛ النسخة الاحتياطية المكتوبة قبل ذلك هي %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>New library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Libraries (*.db)</source>
        <translation>المكتبات (*.db)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%s already exists: File &gt; Open library… opens it; choose another name for a new one.</source>
        <translation>%s موجود بالفعل: ملف &gt; فتح مكتبة… يفتحه؛ اختر اسمًا آخر لمكتبة جديدة.</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/methodology.py" line="+29"/>
        <source>Methodology — %s</source>
        <translation>المنهجية — %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The methodology form in use</source>
        <translation>نموذج المنهجية المستخدم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Form %s, version %s</source>
        <translation>النموذج %s، الإصدار %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commitment</source>
        <translation>كل التزام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan as a whole</source>
        <translation>الخطة ككل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Derived indicators (computed, never entered)</source>
        <translation>المؤشرات المشتقة (محسوبة، لا تُدخل يدويًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Narrative sections</source>
        <translation>الأقسام السردية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source: %s</source>
        <translation>المصدر: %s</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="-88"/>
        <source>Researcher name</source>
        <translation>اسم الباحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ana Pérez</source>
        <translation>مثال: سلمى حداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;الباحث:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welcome to IRM Assessor</source>
        <translation>مرحبًا بك في مُقيّم آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name is recorded on the assessments you start and with every change you make. You can change it later in Settings › Preferences.</source>
        <translation>يُسجَّل اسمك في التقييمات التي تبدؤها ومع كل تغيير تجريه. يمكنك تغييره لاحقًا من الإعدادات › التفضيلات.</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/page.py" line="+112"/>
        <source>This assessment&apos;s form has no narrative sections: its report is written from the scores and their justifications. Export it with File &gt; Export report (Ctrl+E).</source>
        <translation>لا أقسام سردية في نموذج هذا التقييم: يُكتب تقريره من التقييمات وتبريراتها. صدّره عبر ملف &gt; تصدير التقرير (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected commitment</source>
        <translation>الالتزام المحدد</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a commitment on the Commitments tab to write its analysis.</source>
        <translation>اختر التزامًا في تبويب الالتزامات لكتابة تحليله.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s is in the cluster “%s” (%s): these sections are written once for the whole cluster.</source>
        <translation>%s ضمن المجموعة &quot;%s&quot; (%s): تُكتب هذه الأقسام مرة واحدة للمجموعة كلها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written for %s; the report analyses it in depth only if it is promising.</source>
        <translation>مكتوب لـ %s؛ لا يحلّله التقرير بعمق إلا إذا كان واعدًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan&apos;s description of the commitment (read-only)</source>
        <translation>وصف الالتزام في الخطة (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s description (read-only):</source>
        <translation>وصف الخطة (للقراءة فقط):</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write %s (%s)</source>
        <translation>كتابة %s (%s)</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/new_assessment.py" line="+35"/>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a member, a year or a plan id</source>
        <translation>اكتب عضوًا أو سنة أو معرّف خطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methodology form</source>
        <translation>استمارة المنهجية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Researcher name</source>
        <translation>اسم الباحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan:</source>
        <translation>ال&amp;خطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>ال&amp;منهجية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;الباحث:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No plan is called that: choose one from the list</source>
        <translation>لا خطة بهذا الاسم: اختر واحدة من القائمة</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="+128"/>
        <source>Export signed package</source>
        <translation>تصدير حزمة موقّعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed as %s
Fingerprint %s</source>
        <translation>موقّع باسم %s
البصمة %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing identity yet: create one in Settings &gt; Identity first.</source>
        <translation>ليست لديك هوية توقيع بعد: أنشئ واحدة أولًا من الإعدادات &gt; الهوية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IRM packages (*.irmpkg)</source>
        <translation>حزم آلية الإبلاغ المستقلة (*.irmpkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase of your signing key</source>
        <translation>عبارة المرور لمفتاح التوقيع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign and export</source>
        <translation>التوقيع والتصدير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That passphrase does not unlock your signing key. Type it again (it is the one you chose when you created the identity).</source>
        <translation>عبارة المرور هذه لا تفتح مفتاح التوقيع الخاص بك. اكتبها مرة أخرى (هي التي اخترتها عند إنشاء الهوية).</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="-118"/>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;تكرار:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase needs at least %d characters.</source>
        <translation>تحتاج عبارة المرور إلى %d حرفًا على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrases do not match.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/export.py" line="-126"/>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../../irm_app/ui/plans/actions.py" line="+26"/>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>افتراضيًا AP_&lt;الرمز&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>ال&amp;عضو:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member &amp;code:</source>
        <translation>&amp;رمز العضو:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;الرقم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Themes:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan &amp;id:</source>
        <translation>معرّف ال&amp;خطة:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan first (or Plan &gt; New plan…)</source>
        <translation>اختر خطة أولًا (أو الخطة &gt; خطة جديدة…)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../irm_app/ui/plans/editor.py" line="+46"/>
        <source>&amp;ID:</source>
        <translation>&amp;المعرّف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>العن&amp;وان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead institution:</source>
        <translation>المؤسسة الرائ&amp;دة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>الموضو&amp;ع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;problem:</source>
        <translation>ال&amp;مشكلة العامة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone ID:</source>
        <translation>معرّف المعلم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone title:</source>
        <translation>عنوان المعلم:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Commitments:</source>
        <translation>الالتزامات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments of the plan</source>
        <translation>التزامات الخطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Milestones:</source>
        <translation>المعالم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestones of the commitment</source>
        <translation>معالم الالتزام</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add milestone</source>
        <translation>إضافة مَعلم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete milestone</source>
        <translation>حذف المَعلم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan — %s %s (%s)</source>
        <translation>الخطة — %s %s (%s)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>New commitment</source>
        <translation>التزام جديد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete commitment</source>
        <translation>حذف الالتزام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s has %s. Delete it and them?</source>
        <translation>لدى %s %s. أتحذفه وإياها؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log keeps the record; Undo puts everything back.</source>
        <translation>يحتفظ سجل التدقيق بالسجلّ؛ والتراجع يعيد كل شيء.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New milestone</source>
        <translation>مَعلم جديد</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../../irm_app/ui/plans/header.py" line="+35"/>
        <source>&amp;Member:</source>
        <translation>ال&amp;عضو:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ode:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o.:</source>
        <translation>الر&amp;قم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pe&amp;riod:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan t&amp;itle:</source>
        <translation>عنوان ال&amp;خطة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Th&amp;emes:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>plan number %r: a whole number, e.g. 5</source>
        <translation>رقم الخطة %r: عدد صحيح، مثال: 5</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/plan_page.py" line="+62"/>
        <source>The plan as a whole: %s %s</source>
        <translation>الخطة ككل: %s %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has no plan-level fields.</source>
        <translation>ليس لهذه الاستمارة حقول على مستوى الخطة.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/researcher.py" line="+25"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded on new assessments and with every change. Assessments already started keep theirs: change one in Edit › Assessment details.</source>
        <translation>الاسم المُسجَّل في التقييمات الجديدة ومع كل تغيير. التقييمات التي بدأت تحتفظ باسمها: غيّره من تحرير › تفاصيل التقييم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time IRM Assessor starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل البرنامج في المرة القادمة.</translation>
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
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report file</source>
        <translation>ملف التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports (*.pdf *.docx)</source>
        <translation>التقارير (*.pdf *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <location filename="../../../irm_app/ui/review/report_box.py" line="+36"/>
        <source>Comment on the report</source>
        <translation>تعليق على التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the whole report or the plan-level assessment</source>
        <translation>تعليق على التقرير كله أو على التقييم على مستوى الخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review state of the report</source>
        <translation>حالة مراجعة التقرير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the review state of the report</source>
        <translation>تعيين حالة مراجعة التقرير</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The whole report</source>
        <translation>التقرير كله</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report: %s</source>
        <translation>التقرير: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report: no state yet</source>
        <translation>التقرير: لا حالة بعد</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-56"/>
        <source>Reviews (*.irmreview *.docx);;Review files (*.irmreview);;Word (*.docx);;All files (*)</source>
        <translation>المراجعات (*.irmreview *.docx);;ملفات المراجعة (*.irmreview);;Word (*.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import a review</source>
        <translation>استيراد مراجعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %s…</source>
        <translation>قراءة %s…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying %s…</source>
        <translation>التحقق من %s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+40"/>
        <source>Import review</source>
        <translation>استيراد مراجعة</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%s: it reviews assessment %s, which is not one of yours in this library; nothing was imported</source>
        <translation>%s: يراجع التقييم %s، وهو ليس من تقييماتك في هذه المكتبة؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s: which assessment does it review? Select the assessment first (the file names none of this library&apos;s)</source>
        <translation>%s: أيّ تقييم يراجع؟ اختر التقييم أولًا (لا يسمّي الملف أيًّا من تقييمات هذه المكتبة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%s: %d new comments, %d already here, %d tracked changes</source>
        <translation>%s: %d تعليقات جديدة، %d موجودة مسبقًا، %d تغييرات متعقَّبة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>older (flagged)</source>
        <translation>الأقدم (مُعلَّم)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>غير المعروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer not in your trusted list</source>
        <translation>الموقّع ليس في قائمتك الموثوقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s by %s (%s): %d new comments, %d already here, %d states; reviews the %s version</source>
        <translation>%s من %s (%s): %d تعليقات جديدة، %d موجودة مسبقًا، %d حالات؛ يراجع الإصدار %s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a review copy first: a review is exported from the copy you commented on</source>
        <translation>اختر نسخة مراجعة أولًا: تُصدَّر المراجعة من النسخة التي علّقت عليها</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export review</source>
        <translation>تصدير المراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review written to %s: %d comments, %d states</source>
        <translation>كُتبت المراجعة في %s: %d تعليقات، %d حالات</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/review_banner.py" line="+20"/>
        <source>Review copy</source>
        <translation>نسخة مراجعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review copy signed by %s (read-only)</source>
        <translation>نسخة مراجعة وقّعها %s (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown signer</source>
        <translation>موقِّع غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer: %s
Nothing in a review copy can be edited; open a newer package from the researcher to update it.</source>
        <translation>الموقِّع: %s
لا يمكن تحرير أي شيء في نسخة المراجعة؛ افتح حزمة أحدث من الباحث لتحديثها.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../irm_app/ui/intake/review_dialog.py" line="+61"/>
        <source>Review the plan read from %s</source>
        <translation>مراجعة الخطة المقروءة من %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s text</source>
        <translation>نص المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detected commitments</source>
        <translation>الالتزامات المكتشفة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document (%s layout, %d paragraphs):</source>
        <translation>المستند (تخطيط %s، %d فقرة):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>AP_&lt;code&gt;&lt;nn&gt;</source>
        <translation>AP_&lt;الرمز&gt;&lt;nn&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>themes, comma-separated</source>
        <translation>المواضيع، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member:</source>
        <translation>ال&amp;عضو:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No.:</source>
        <translation>الر&amp;قم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;emes:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Plan &amp;id:</source>
        <translation>معرّف ال&amp;خطة:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Move the selected text to</source>
        <translation>نقل النص المحدد إلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>تقسيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with next</source>
        <translation>دمج مع التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To milestones</source>
        <translation>إلى معالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone to text</source>
        <translation>مَعلم إلى نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move text to</source>
        <translation>نقل النص إلى</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IDs from code + number</source>
        <translation>المعرّفات من الرمز + الرقم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show source</source>
        <translation>إظهار المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%d commitments detected:</source>
        <translation>%d التزامًا مكتشفًا:</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../../irm_app/ui/review/summary.py" line="+47"/>
        <source>Review: %d comments, %d open</source>
        <translation>المراجعة: %d تعليقات، %d مفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments: %s</source>
        <translation>الالتزامات: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report: %s</source>
        <translation>التقرير: %s</translation>
    </message>
</context>
<context>
    <name>ReviewTerms</name>
    <message>
        <location filename="../../../irm_app/ui/review/terms.py" line="+15"/>
        <source>IRM staff</source>
        <translation>فريق آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External Reviewer</source>
        <translation>مراجِع خارجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>مُستلَم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>يحتاج إلى تغييرات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../../irm_app/ui/commitments/scoring_form.py" line="+45"/>
        <source>Derived indicators</source>
        <translation>المؤشرات المشتقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from the scores by the methodology; updates as you score</source>
        <translation>محسوب من التقييمات وفق المنهجية؛ يتحدّث أثناء التقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels of the focused field</source>
        <translation>مستويات الحقل النشط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus a field to see its levels and definitions here.</source>
        <translation>انقل التركيز إلى حقل لترى مستوياته وتعريفاتها هنا.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet determined</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%d not yet determined</source>
        <translation>%d لم تُحدَّد بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived:</source>
        <translation>المشتقة:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Score %s: %s</source>
        <translation>تقييم %s: %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Justify %s: %s</source>
        <translation>تبرير %s: %s</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../irm_app/ui/search/panel.py" line="+95"/>
        <source>Search descriptions, milestones, justifications, evidence, narrative (Ctrl+K)</source>
        <translation>البحث في الأوصاف والمعالم والتبريرات والأدلة والسرد (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text (Ctrl+K)</source>
        <translation>البحث في كل النصوص (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every text</source>
        <translation>البحث في كل النصوص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment and its plan</source>
        <translation>هذا التقييم وخطته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>كل الخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type words to find them in the plan&apos;s texts, your justifications, evidence, narrative and review comments. Every word must occur, in any order.</source>
        <translation>اكتب كلمات للعثور عليها في نصوص الخطة وتبريراتك والأدلة والسرد وتعليقات المراجعة. يجب أن ترد كل كلمة، بأي ترتيب.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this assessment and its plan</source>
        <translation>هذا التقييم وخطته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any plan</source>
        <translation>أي خطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches for “%s” in %s. Every word must occur: try fewer words, or search All plans.</source>
        <translation>لا نتائج لـ“%s” في %s. يجب أن ترد كل كلمة: جرّب كلمات أقل، أو ابحث في كل الخطط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best %d of %d matches: add a word to narrow them.</source>
        <translation>أفضل %d من %d نتيجة: أضف كلمة لتضييقها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d matches</source>
        <translation>%d نتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Enter or a double-click goes there.</source>
        <translation>. يؤدي Enter أو النقر المزدوج إليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan title</source>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan text</source>
        <translation>نص الخطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s · Milestone %s</source>
        <translation>%s · المَعلم %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%s · Justification: %s</source>
        <translation>%s · التبرير: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan level</source>
        <translation>مستوى الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Evidence</source>
        <translation>%s · الدليل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s · Review comment</source>
        <translation>%s · تعليق مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s · Narrative: %s</source>
        <translation>%s · السرد: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevance (plan&apos;s text)</source>
        <translation>الصلة (نص الخطة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../../irm_app/ui/narrative/editor.py" line="+94"/>
        <source>Type here. Blank line: new paragraph; &quot;- &quot;: bullet; **bold**, *italic*, [text](https://...), [E:id] cites evidence.</source>
        <translation>اكتب هنا. سطر فارغ: فقرة جديدة؛ &quot;- &quot;: نقطة؛ **غامق**، *مائل*، [نص](https://...)، [E:id] يستشهد بدليل.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>**bold**</source>
        <translation>**غامق**</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>*italic*</source>
        <translation>*مائل*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bullet</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;- &quot; at the start of each selected line</source>
        <translation>&quot;- &quot; في بداية كل سطر محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[text](https://...)</source>
        <translation>[نص](https://...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cite evidence</source>
        <translation>الاستشهاد بدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert [E:id]: the report prints the source&apos;s number</source>
        <translation>إدراج [E:id]: يطبع التقرير رقم المصدر</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (https://, http:// or mailto:)</source>
        <translation>العنوان (https://‎ أو http://‎ أو mailto:)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No evidence in this assessment yet</source>
        <translation>لا توجد أدلة في هذا التقييم بعد</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%d / %d words suggested</source>
        <translation>%d / %d كلمة مقترحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%d words</source>
        <translation>%d كلمة</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <location filename="../../../irm_app/ui/sound_check.py" line="+33"/>
        <source>Checking the library…</source>
        <translation>جارٍ فحص المكتبة…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The library could not be checked yet (%s); trying again…</source>
        <translation>تعذّر فحص المكتبة بعد (%s)؛ تجري إعادة المحاولة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library could not be checked (%s): changes stay paused; open it again to retry</source>
        <translation>تعذّر فحص المكتبة (%s): تبقى التغييرات متوقفة؛ افتحها مجددًا لإعادة المحاولة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open library</source>
        <translation>فتح مكتبة</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../../irm_app/ui/store.py" line="+80"/>
        <source>Internal error: %s (details in the log)</source>
        <translation>خطأ داخلي: %s (التفاصيل في السجل)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %s</source>
        <translation>حُفظ %s</translation>
    </message>
    <message>
        <location filename="../../../irm_app/ui/evidence/commands.py" line="+38"/>
        <source>Add evidence “%s”</source>
        <translation>إضافة الدليل &quot;%s&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit evidence “%s”</source>
        <translation>تحرير الدليل &quot;%s&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove evidence “%s”</source>
        <translation>إزالة الدليل &quot;%s&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Link evidence “%s”</source>
        <translation>ربط الدليل &quot;%s&quot;</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../../irm_app/ui/tasks.py" line="+97"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>TrackedChangesDialog</name>
    <message>
        <location filename="../../../irm_app/ui/review/actions.py" line="-218"/>
        <source>Review imported</source>
        <translation>استُوردت المراجعة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked changes in the Word file (listed, never applied; change the scores or the narrative yourself where you agree):</source>
        <translation>التغييرات المتعقَّبة في ملف Word (تُسرد ولا تُطبَّق أبدًا؛ غيّر التقييمات أو السرد بنفسك حيث توافق):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>أُدرج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report</source>
        <translation>التقرير</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/trusted.py" line="+49"/>
        <location line="+3"/>
        <source>Trusted signers</source>
        <translation>الموقّعون الموثوقون</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>البصمة (SHA-256)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate file or fingerprint</source>
        <translation>ملف شهادة أو بصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate file, or the signer&apos;s SHA-256 fingerprint</source>
        <translation>ملف شهادة، أو بصمة SHA-256 للموقِّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed with a fingerprint; a certificate gives its own</source>
        <translation>مطلوب مع البصمة؛ الشهادة تتضمن اسمها</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An organisation&apos;s C&amp;A certificate (trust every key it issues)</source>
        <translation>شهادة &amp;سلطة التصديق (CA) لمنظمة (الثقة بكل مفتاح تصدره)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificate or fingerprint:</source>
        <translation>ال&amp;شهادة أو البصمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signer</source>
        <translation>موقِّع</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trust a certificate</source>
        <translation>الثقة بشهادة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a certificate file or paste a fingerprint first.</source>
        <translation>اختر ملف شهادة أو الصق بصمة أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the signer&apos;s name with a fingerprint.</source>
        <translation>أدخل اسم الموقِّع مع البصمة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted %s (%s)</source>
        <translation>موثوق: %s (%s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer trusted: %s (%s)</source>
        <translation>لم يعد موثوقًا: %s (%s)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/verify.py" line="+11"/>
        <source>KEY CHANGED — not accepted as a replacement</source>
        <translation>تغيّر المفتاح — غير مقبول بديلاً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VALID — trusted signer</source>
        <translation>صالح — موقِّع موثوق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VALID — untrusted signer (not in your trusted list)</source>
        <translation>صالح — موقِّع غير موثوق (ليس في قائمتك الموثوقة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify a package or signed PDF</source>
        <translation>التحقق من حزمة أو ملف PDF موقّع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to verify</source>
        <translation>الملف المراد التحقق منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or drop a .irmpkg or signed PDF</source>
        <translation>اختر أو أفلت ملف ‎.irmpkg أو PDF موقّعًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted fingerprint</source>
        <translation>البصمة الموثوقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the signer&apos;s SHA-256 fingerprint you expect</source>
        <translation>اختياري: بصمة SHA-256 للموقِّع التي تتوقعها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted fingerprint:</source>
        <translation>البصمة ال&amp;موثوقة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to verify.</source>
        <translation>اختر ملفًا للتحقق منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Verifying %s…</source>
        <translation>جارٍ التحقق من %s…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>UNREADABLE — %s</source>
        <translation>غير مقروء — %s</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../irm_app/ui/widgets/welcome.py" line="+46"/>
        <source>Welcome to IRM Assessor</source>
        <translation>مرحبًا بك في مُقيّم آلية الإبلاغ المستقلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This library is empty. Start with the sample action plan (%s) to see how scoring works, or import your country&apos;s plan.</source>
        <translation>هذه المكتبة فارغة. ابدأ بخطة العمل النموذجية (%s) لترى كيف يعمل التقييم، أو استورد خطة بلدك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled</source>
        <translation>مرفقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Methodology form</source>
        <translation>استمارة المنهجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IRM methodology the assessment follows</source>
        <translation>منهجية آلية الإبلاغ المستقلة التي يتبعها التقييم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Researcher name</source>
        <translation>اسم الباحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, recorded with every change</source>
        <translation>اسمك، المُسجَّل مع كل تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methodology:</source>
        <translation>ال&amp;منهجية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Researcher:</source>
        <translation>&amp;الباحث:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sample plan and start an assessment</source>
        <translation>تحميل الخطة النموذجية وبدء تقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports the bundled sample plan and creates an assessment of it</source>
        <translation>يستورد الخطة النموذجية المرفقة وينشئ تقييمًا لها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an action plan…</source>
        <translation>استيراد خطة عمل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan as JSON, or OGP&apos;s commitments table (.csv, .xlsx)</source>
        <translation>خطة بصيغة JSON، أو جدول التزامات الشراكة (‎.csv، ‎.xlsx)</translation>
    </message>
</context>
<context>
    <name>_IdentityForm</name>
    <message>
        <location filename="../../../irm_app/ui/dialogs/identity.py" line="+20"/>
        <source>Replace my current identity (packages it signed stay valid)</source>
        <translation>استبدال هويتي الحالية (تبقى الحزم التي وقّعتها صالحة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing identity</source>
        <translation>استبدال الهوية الموجودة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You already have an identity: tick Replace to make a new one.</source>
        <translation>لديك هوية بالفعل: حدّد &quot;استبدال&quot; لإنشاء هوية جديدة.</translation>
    </message>
</context>
</TS>
