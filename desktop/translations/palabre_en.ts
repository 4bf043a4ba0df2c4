<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BaselinePage</name>
    <message numerus="yes">
        <location filename="../widgets/workforce_baseline.py" line="+195"/>
        <source>%n cadre(s) in {areas}</source>
        <translation>
            <numerusform>%n cadre in {areas}</numerusform>
            <numerusform>%n cadres in {areas}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cadre(s), whole country</source>
        <translation>
            <numerusform>%n cadre, whole country</numerusform>
            <numerusform>%n cadres, whole country</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineTableModel</name>
    <message numerus="yes">
        <location filename="../models/workforce_base.py" line="+122"/>
        <source>%n effect(s) on what the baseline no longer has were removed with this change (Undo brings them back).</source>
        <translation>
            <numerusform>%n effect on what the baseline no longer has were removed with this change (Undo brings them back).</numerusform>
            <numerusform>%n effects on what the baseline no longer has were removed with this change (Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefWorkspace</name>
    <message numerus="yes">
        <location filename="../workspaces/brief.py" line="+340"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectPreviewDialog</name>
    <message numerus="yes">
        <location filename="../widgets/collect_preview.py" line="+130"/>
        <source>Merge %n sheet(s)</source>
        <translation>
            <numerusform>Merge %n sheet</numerusform>
            <numerusform>Merge %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Left blank (%n)</source>
        <translation>
            <numerusform>Left blank (%n)</numerusform>
            <numerusform>Left blank (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message numerus="yes">
        <location filename="../models/participants_heatmap.py" line="+162"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffectsPage</name>
    <message numerus="yes">
        <location filename="../widgets/workforce_effects.py" line="+137"/>
        <source>{name}
%n effect(s)</source>
        <translation>
            <numerusform>{name}
%n effect</numerusform>
            <numerusform>{name}
%n effects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message numerus="yes">
        <location filename="../models/stakeholder_highlights.py" line="+25"/>
        <source>Neighbourhood of {0}: %n tied stakeholder(s)</source>
        <translation>
            <numerusform>Neighbourhood of {0}: %n tied stakeholder</numerusform>
            <numerusform>Neighbourhood of {0}: %n tied stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Shortest chain from {0} to {1}: %n tie(s)</source>
        <translation>
            <numerusform>Shortest chain from {0} to {1}: %n tie</numerusform>
            <numerusform>Shortest chain from {0} to {1}: %n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <location filename="../widgets/network_view.py" line="+825"/>
        <source>Delete %n stakeholders</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message numerus="yes">
        <location filename="../models/participants_table.py" line="+116"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n score(s) left blank</source>
        <translation>
            <numerusform>%n score left blank</numerusform>
            <numerusform>%n scores left blank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsWorkspace</name>
    <message numerus="yes">
        <location filename="../workspaces/participants.py" line="+376"/>
        <source>%n file(s) written to {folder}</source>
        <translation>
            <numerusform>%n file written to {folder}</numerusform>
            <numerusform>%n files written to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Merged %n sheet(s); Ctrl+Z undoes the merge</source>
        <translation>
            <numerusform>Merged %n sheet; Ctrl+Z undoes the merge</numerusform>
            <numerusform>Merged %n sheets; Ctrl+Z undoes the merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n perspective(s) made from the groups&apos; weights; see the Perspectives tab</source>
        <translation>
            <numerusform>%n perspective made from the groups&apos; weights; see the Perspectives tab</numerusform>
            <numerusform>%n perspectives made from the groups&apos; weights; see the Perspectives tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionMapPanel</name>
    <message numerus="yes">
        <location filename="../widgets/position_map.py" line="+200"/>
        <source>Keep %n what-if position(s)</source>
        <translation>
            <numerusform>Keep %n what-if position</numerusform>
            <numerusform>Keep %n what-if positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>&lt;b&gt;What-if:&lt;/b&gt; %n change(s) tried, none saved in the dialogue.</source>
        <translation>
            <numerusform>&lt;b&gt;What-if:&lt;/b&gt; %n change tried, none saved in the dialogue.</numerusform>
            <numerusform>&lt;b&gt;What-if:&lt;/b&gt; %n changes tried, none saved in the dialogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <location filename="../widgets/collect_preview.py" line="-111"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blank</source>
        <translation>
            <numerusform>%n blank</numerusform>
            <numerusform>%n blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message numerus="yes">
        <location filename="../widgets/workforce_projection.py" line="+120"/>
        <source>{name}: %n effect(s)</source>
        <translation>
            <numerusform>{name}: %n effect</numerusform>
            <numerusform>{name}: %n effects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderInspector</name>
    <message numerus="yes">
        <location filename="../widgets/stakeholder_inspector.py" line="+189"/>
        <source>  (one of %n selected)</source>
        <translation>
            <numerusform>  (one of %n selected)</numerusform>
            <numerusform>  (one of %n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderWorkspace</name>
    <message numerus="yes">
        <location filename="../workspaces/stakeholders.py" line="+195"/>
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+219"/>
        <source>{0}: {1} and %n other(s)</source>
        <translation>
            <numerusform>{0}: {1} and %n other</numerusform>
            <numerusform>{0}: {1} and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../map_files.py" line="+32"/>
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
</TS>
