<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fw::FulfillmentLineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan step(s) fulfil this line</source>
        <translation>
            <numerusform>%n plan step fulfils this line</numerusform>
            <numerusform>%n plan steps fulfil this line</numerusform>
        </translation>
    </message>
    <message>
        <source>Commercial order items this line was decomposed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decomposition rules that produced this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <source>No order is open.

Open a catalog (File &gt; Open Catalog) and then an order (File &gt; Open Order) to see its orchestration plan, or try Help &gt; Open Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalog is open: open the catalog this order was made for first (File &gt; Open Catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled samples were not found (looked in share/fulfillment-workbench/samples next to the program and in the source tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading catalog %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning order %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned order %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog “%1” is loaded: %n plan definition(s).

Open an order (File &gt; Open Order) to plan it.</source>
        <translation>
            <numerusform>Catalog “%1” is loaded: %n plan definition.

Open an order (File &gt; Open Order) to plan it.</numerusform>
            <numerusform>Catalog “%1” is loaded: %n plan definitions.

Open an order (File &gt; Open Order) to plan it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded catalog %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded.

The Problems panel lists what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading failed: %n problem(s)</source>
        <translation>
            <numerusform>Loading failed: %n problem</numerusform>
            <numerusform>Loading failed: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fulfillment line(s)</source>
        <translation>
            <numerusform>%n fulfillment line</numerusform>
            <numerusform>%n fulfillment lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a product catalog with its decomposition rules and plan definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an order against the open catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent C&amp;atalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the catalog and the order again and plan anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when you next start Fulfillment Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the telecom fibre sample catalog and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fulfillment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fulfillment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fulfillment Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop console for operations staff who run order fulfillment: it decomposes orders into fulfillment lines and plans their orchestration steps by lane.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanStepModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s)</source>
        <translation>
            <numerusform>%1 — %n step</numerusform>
            <numerusform>%1 — %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lane %1 (%2): %n step(s)</source>
        <translation>
            <numerusform>Lane %1 (%2): %n step</numerusform>
            <numerusform>Lane %1 (%2): %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scope: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts as soon as the order is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return: once this step has completed, the order can no longer be cancelled or changed in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan definition: %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency depth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PONR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ProblemModel</name>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ProblemsPanel</name>
    <message>
        <source>&amp;Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every problem as FILE:/pointer: message lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stopped loading. Fix the file and choose File &gt; Reload.</source>
        <translation>
            <numerusform>%n problem stopped loading. Fix the file and choose File &gt; Reload.</numerusform>
            <numerusform>%n problems stopped loading. Fix the file and choose File &gt; Reload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StepPresentation</name>
    <message>
        <source>Automatic task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a built-in handler inside the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls an external system and waits for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a person to complete a task in a work queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a point in the order&apos;s progress; does no work itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a signal, a time or a field value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::Workbench</name>
    <message>
        <source>Fulfillment Workbench: plan orders against a fulfillment catalog and inspect the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the catalog FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the order FILE (needs --catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the telecom fibre sample catalog and order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de) for this run instead of the language chosen in View &gt; Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the plan is shown, save the main window as the PNG FILE and quit. Works without a display (offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set), so the workbench window cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headless demo follows: &apos;fwctl demo&apos; plans every bundled sample. For the window, run under a desktop session or xvfb-run, or save a screenshot with --screenshot FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fwctl was not found next to this program or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting for the plan to load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
