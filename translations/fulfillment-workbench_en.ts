<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A reason is required: it goes into the order&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” of order %2 done without running it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is order %1 cancelled? Steps not yet done are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AccountOrderModel</name>
    <message>
        <source>Double-click or press Enter to open order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AccountPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no orders and no assets of account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln asset</numerusform>
            <numerusform>%Ln assets</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1: the store could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an asset of the installed base to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an order that changes, moves, suspends, resumes or disconnects %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of accounts (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Source Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AccountsPage</name>
    <message>
        <source>Search accounts by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ActionMessageBar</name>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetAttributeFields</name>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetChangeDialog</name>
    <message>
        <source>Loading asset %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (line 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps by lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the lines with their change, and the plan by lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes nothing else about the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 cannot be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 is disconnected: nothing can be done with it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine did not import the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the order first: Submit sends exactly what the preview shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetHistoryModel</name>
    <message>
        <source>Order %1 as changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderLineModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetOrderStepModel</name>
    <message numerus="yes">
        <source>%1 (%Ln step(s))</source>
        <translation>
            <numerusform>%1 (%Ln step)</numerusform>
            <numerusform>%1 (%Ln steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lane / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::AssetPresentation</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quantity or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change of quantity or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 (increase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 (decrease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::BulkFalloutDialog</name>
    <message numerus="yes">
        <source>Bulk Retry — %n Case(s)</source>
        <translation>
            <numerusform>Bulk Retry — %n Case</numerusform>
            <numerusform>Bulk Retry — %n Cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk Skip — %n Case(s)</source>
        <translation>
            <numerusform>Bulk Skip — %n Case</numerusform>
            <numerusform>Bulk Skip — %n Cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below runs again with a new idempotency key and a fresh retry budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing has been sent yet. Each failed step below is force-completed with the reason you give; its dependents then run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; order stays on hold (%n other case(s))</source>
        <translation>
            <numerusform>; order stays on hold (%n other case)</numerusform>
            <numerusform>; order stays on hold (%n other cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping (required, goes into each order&apos;s audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume each order whose last case this resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Case(s)</source>
        <translation>
            <numerusform>&amp;Retry %n Case</numerusform>
            <numerusform>&amp;Retry %n Cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip %n Case(s)</source>
        <translation>
            <numerusform>&amp;Skip %n Case</numerusform>
            <numerusform>&amp;Skip %n Cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason first: skipping without one is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) selected. Press the button to send them to the engine.</source>
        <translation>
            <numerusform>%n case selected. Press the button to send it to the engine.</numerusform>
            <numerusform>%n cases selected. Press the button to send them to the engine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 waiting for the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bulk retry of %n fallout case(s)</source>
        <translation>
            <numerusform>Bulk retry of %n fallout case</numerusform>
            <numerusform>Bulk retry of %n fallout cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk skip of %n fallout case(s)</source>
        <translation>
            <numerusform>Bulk skip of %n fallout case</numerusform>
            <numerusform>Bulk skip of %n fallout cases</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer for this case</source>
        <translation>no answer for this case</translation>
    </message>
    <message>
        <source>retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is retrying %n case(s)…</source>
        <translation>
            <numerusform>Sent: the engine is retrying %n case…</numerusform>
            <numerusform>Sent: the engine is retrying %n cases…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: the engine is skipping %n case(s)…</source>
        <translation>
            <numerusform>Sent: the engine is skipping %n case…</numerusform>
            <numerusform>Sent: the engine is skipping %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 retried, %2 refused. A step that fails again opens a new fallout case in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 skipped, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeActionEditor</name>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code, e.g. NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order is cancelled: work not started is discarded, completed work is compensated (returns, credits) and billing stops. This must be the only action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commercial item the action changes; removing a bundle removes its child items too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s new total (itself and its supplements); once fulfilment started only the difference is provisioned, as a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value removes the attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity %1 · %2 · group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no items left to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 · requested %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no delivery groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its id, e.g. EINDHOVEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery group the order does not have yet (a new site); it needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group: give its address; new top-level items can then be delivered to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeComposer</name>
    <message>
        <source>Remove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change order&apos;s id; supplement items are named after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked: customer, account manager, portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words (the timeline and the summary show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Add Action: add an item from the catalog, remove an item, change its quantity or attributes, move a delivery group&apos;s address or date, or cancel the whole order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeGraph</name>
    <message>
        <source>Undoes &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDialog</name>
    <message>
        <source>Compose &amp;Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Order — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a change order file (JSON) instead of composing one (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the engine what the change does to the running order; nothing is changed (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: change %1 of %2: %3 (revision %4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composed change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the whole order %1?

Work not started is discarded, completed work is compensated (%n callout(s) will be sent) and billing stops. This cannot be undone.</source>
        <translation>
            <numerusform>Cancel the whole order %1?

Work not started is discarded, completed work is compensated (%n callout will be sent) and billing stops. This cannot be undone.</numerusform>
            <numerusform>Cancel the whole order %1?

Work not started is discarded, completed work is compensated (%n callouts will be sent) and billing stops. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting change %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was edited after its preview: Preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows why this change cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the previewed change to the running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Change Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compose %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeOrderDraft</name>
    <message>
        <source>Cancel the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an item&apos;s quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an item&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a delivery group&apos;s address or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no item chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change order needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: cancelling the order must be the only action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: name at least one attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: choose a delivery group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: give a new address, a requested date or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a change order: the text is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a change order: it has no list of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1 cannot be composed here; open the file to preview it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 ×%2 to bundle %3 as item %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 ×%2 as item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: name the new delivery group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: the order already has a delivery group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: a new delivery group needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: give the new item an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: the order already has an item %2; give the new item another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 needs attribute %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangePresentation</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged; completed work stays completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet; it will run with the changed order&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: a new item&apos;s step, a supplement&apos;s step or work done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed; cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to undo completed work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its point of no return: the change cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delivered, +%3 in progress, +%4 pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangePreviewPanel</name>
    <message>
        <source>&amp;Changed steps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a callout to see the payload it will send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a change or open a change file, then Preview to see what it does to the running order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The whole order is cancelled.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps (%1 changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External effects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;This change cannot be submitted.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Point of no return: step &lt;b&gt;%1&lt;/b&gt; (%2), line &lt;b&gt;%3&lt;/b&gt;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Change %1 to order %2 (revision %3)&lt;/b&gt; &amp;nbsp; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callout(s) will be sent.</source>
        <translation>
            <numerusform>%n callout will be sent.</numerusform>
            <numerusform>%n callouts will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast completion %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the replies of %1: the change is applied once they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChangeRecordModel</name>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ChartPanel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of this chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::CredentialsDialog</name>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials the store&apos;s catalogs declare for their endpoints. Their secrets are kept in this workstation&apos;s desktop keyring, never in the store or a catalog; fwctl reads them from FW_CREDENTIAL_&lt;NAME&gt; or its credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalogs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s catalogs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s catalogs declare no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a credential to set or clear its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret of %1 in the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 is set: the next callout uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not keep the secret of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 is cleared: its callouts fall out until it is set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not clear the secret of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::CsvExportButton</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 as shown (visible columns, filter and sort) to a CSV file (Ctrl+Shift+E in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>Exported %Ln row</numerusform>
            <numerusform>Exported %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::CsvExportDialog</name>
    <message>
        <source>Start with a byte-order mark (for Microsoft Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other programs may show it as stray characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that start with = + - or @ are written with a leading &apos; so that spreadsheets show them as text instead of running them as formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::CycleHistogramModel</name>
    <message numerus="yes">
        <source>%n order(s) completed with a cycle time of %1</source>
        <translation>
            <numerusform>%n order completed with a cycle time of %1</numerusform>
            <numerusform>%n orders completed with a cycle time of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::DashboardCharts</name>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: orders completed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cycle time distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time (created to finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cycle time trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchless ratio per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchless (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout rate per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fallout (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA adherence per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps on time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work per queue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other lanes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout cases by lane (top 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout cases by error signature (top 8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::DashboardPage</name>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures again for the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG image or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures shown are the previous ones until the new ones are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, computed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment KPIs, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (computed %1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::DrillDownDialog</name>
    <message>
        <source>Orders behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed %1 with a cycle time of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders finished on %1 that had fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed on %1 without a person acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with a late step of lane %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with fallout cases of lane %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with fallout cases of signature %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with open work in queue %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::DrillOrderModel</name>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open order %1</source>
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
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::EngineText</name>
    <message>
        <source>%1, %2% of its %3 estimate (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning at %1, critical at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over its %2 critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over its %2 warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in fallout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working time %1 in %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, longer than 90% of the last %2 runs (p90 %3, median %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 and not complete (overdue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected to complete %1, %2 after its due date %3; critical path: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back within its thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority raised to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task reassigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to %1 (escalation %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is already escalated (escalation %2 in queue %3): write a note to add to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of order %2 is already escalated (escalation %3 in queue %4): write a note to add to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: &apos;%2&apos; is not a task queue of catalog %3 (task queues: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: step %2 has no open task to reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: the task of step %2 is already in queue %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1 is already claimed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2; only they can resolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1 is claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1 is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation %1: say what was done to resolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3 by fallout rule &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by fallout rule &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retries exhausted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retriable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attempts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 retry window would be exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no retry policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step moved on before the response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;field&apos; must name a line field (line.fields.NAME), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;value&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not completed, so &apos;%2&apos; has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;from&apos; is &apos;%1&apos;: expected now, completion:STEP or an ISO date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addDays, addMonths and addYears must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;event&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: answer yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only they can release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is claimed by %2; only the claimant can complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not claimed; claim it before completing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: order %2 is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: step %2 cannot complete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown or inactive order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (%3): it needs %4, and %1 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (%3) of queue &apos;%4&apos;: %1 %5 (the supervisor role works every queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: the user is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: &apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works no queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release a task another user holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an order a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a line field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry a fallout case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip a fallout case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel an order in fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume an order on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry fallout cases in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip fallout cases in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign a task to another queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate a step or an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an order&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview a change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a change order or cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a user&apos;s roles, queues or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the remote store&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive finished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <extracomment>a duration in days (&quot;3d&quot;; &quot;1d 4h&quot; is made of the day and hour forms)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <extracomment>a duration in hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <extracomment>a duration in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm &apos;UTC&apos;</source>
        <extracomment>an instant in UTC as QDateTime::toString() takes it (&quot;26 Nov 14:20 UTC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage (&quot;150%&quot;: a jeopardy threshold, a share of an estimate)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: %1 delivery path delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: %1 delivery paths delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery path delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: %1 of %2 delivery paths delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fallout case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1 is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not in fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1: step %2 is not a callout; an edited payload applies to callouts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1: the edited payload must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipping fallout case %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1: step %2 cannot be skipped now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling the order of fallout case %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout case %1: order %2 is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is %2; nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 still has %2 step(s) in fallout (first: %3); retry or skip them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is not on hold; nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retried by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition false: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order cancelled by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; version &apos;%2&apos; is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry fallout case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip fallout case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the order of fallout case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplement removed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (supplements removed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 -&gt; %2 (+%3 as supplement %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery group %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed (with %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 child item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 child items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 x%2 in group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 x%2 to bundle item %3 in group %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new delivery group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 added (%2 x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery address of %1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested date of %1 %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; (%2) on line %3 passed its point of no return (%4), so the change is refused: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order cannot be cancelled any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past its point of no return (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callout started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows &apos;%1&apos;, which is done again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by an operator; left as it is (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a callout is out now: the change waits for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed; an added instance covers the new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed; compensated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed; done again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed; the catalog defines no compensation, its effect stands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in the amended plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done again after its compensation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers the added lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the replies of %1; applied when they are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is %2; a change order cannot change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 runs on workstation %2; submit the change there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change order %1 of order %2 is already %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change order is for order &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s claim on order %2 (made while the remote store did not answer) was lost: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task.claim by %1 (made while the remote store did not answer) was not granted by the remote store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 was not applied by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) to order %2 made here (%3) were not accepted: %4; the order&apos;s state now comes from the workstation that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation no longer holds its lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 was taken over by %2 after this workstation&apos;s lease expired; this workstation no longer runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound order %1 cannot run here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1 at %2 (on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation %1 is registered to database role %2, but this connection is role %3: connect as %2, or give this store a workstation id of its own (--workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote store %1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (connect_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote store schema version %1 is newer than this build supports (%2); use a newer build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database role %1 may not change the shared users (fw.users); connect as a role in fw_user_admin (&apos;fwctl sync-admin roles&apos; prints the GRANTs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity of item &apos;%1&apos; is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement item &apos;%1&apos; already exists: change order %2 was applied already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes nothing: item &apos;%1&apos; already has these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes nothing: delivery group &apos;%1&apos; already has this address and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent item &apos;%1&apos; is a supplement of item &apos;%2&apos;; name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (items: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent item &apos;%1&apos; in order %2 (the order has no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (delivery groups: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delivery group &apos;%1&apos; in order %2 (the order has no delivery groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; to create it, add &quot;new&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (not in catalog &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a fulfillment product; orders contain commercial products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery group &apos;%1&apos; already exists in order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new delivery group needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change order %1 is for order &apos;%2&apos;, not for order &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change order %1 applied, but order %2 could not be reloaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim a renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew a subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline a renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) claimed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1: asset %2 renewed until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) declined: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is claimed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1 (asset %2) is already %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1: a decline needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no renewal %1 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1 changed meanwhile: it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal %1: asset %2 is disconnected; decline the renewal instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::EscalationModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::EscalationsPanel</name>
    <message>
        <source>Resolve Escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done? (kept in the order&apos;s timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the escalation: the other supervisors see that you are on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::EvidenceExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON evidence bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence of Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::EvidencePdf</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 for revenue recognition (ASC 606 / IFRS 15): what was delivered when, and the records that prove it.</source>
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
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog, revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages that follow hold the items ordered and now, the delivery confirmations (%1), the billing start, the change orders (%2), and every callout with its request and response (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items ordered and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed at %2%3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; billing start date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see callout %1 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the order ran as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callouts: requests and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request the workbench sent to an external system and the answer it received, as stored. The idempotency key identifies the request in the other system&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2, attempt %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, answered %2, idempotency key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Fulfillment Workbench from its store at %1. Times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of delivery: order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ExternalEffectModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FalloutCaseModel</name>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FalloutGroupModel</name>
    <message numerus="yes">
        <source>%n case(s) in %1 order(s); queues: %2</source>
        <translation>
            <numerusform>%n case in %1 order; queue: %2</numerusform>
            <numerusform>%n cases in %1 order(s); queues: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FalloutHistoryModel</name>
    <message>
        <source>No fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fell out %1 as case %2 after %n attempt(s)</source>
        <translation>
            <numerusform>Fell out %1 as case %2 after %n attempt</numerusform>
            <numerusform>Fell out %1 as case %2 after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FalloutQueuePage</name>
    <message>
        <source>Filter by error text, order or step (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failed step again with the same data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Payload &amp;&amp; Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request, then send it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-complete the step, with a reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the whole order, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the order when its last case is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see what failed and fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open fallout. Failed steps that need a person appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Case %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; step &lt;b&gt;%3&lt;/b&gt; (%4, lane %5) &amp;nbsp;·&amp;nbsp; queue %6 &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Case %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; step &lt;b&gt;%3&lt;/b&gt; (%4, lane %5) &amp;nbsp;·&amp;nbsp; queue %6 &amp;nbsp;·&amp;nbsp; %n attempt</numerusform>
            <numerusform>&lt;b&gt;Case %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; step &lt;b&gt;%3&lt;/b&gt; (%4, lane %5) &amp;nbsp;·&amp;nbsp; queue %6 &amp;nbsp;·&amp;nbsp; %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Classified by fallout rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a callout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases with the same system, class and error shape. Select a group to see its cases; Esc shows all cases again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order with the failed step selected on its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run first, then skip every %1 case with one reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run first, then retry every %1 case, each with its own result (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of this step, oldest first: the engine&apos;s own and each retry, across its earlier cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the fallout cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout by error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallout cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FalloutRetryWatcher</name>
    <message>
        <source>Case %1: retry of “%2” (order %3) sent; waiting for the step&apos;s result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was not retried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1 failed again&lt;/b&gt; — “%2” of order %3 is now case %4: %5 &amp;nbsp;&lt;a href=&quot;case:%4&quot;&gt;Open case %4&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 resolved: “%2” ran and order %3 went on (%4 of %5 steps done).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3%4, new total %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this line does to the asset the account has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::FulfillmentLineTable</name>
    <message>
        <source>Fulfillment lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::HelpWindow</name>
    <message>
        <source>Fulfillment Workbench User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::InstalledBaseModel</name>
    <message>
        <source>Asset %1 (product %2), from order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due %1 days before the term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyActionDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · order %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the task to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors&apos; queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the supervisor know or do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other task queue is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to escalation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 on %3. Your note is added to this escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open escalation&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmap</name>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task queue →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker: more findings (max %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyHeatmapModel</name>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing in jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 critical, %3 warning. Click to show them in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings without a lane (whole orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole orders and steps without a task queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyModel</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; critical at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
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
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast vs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taken by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate again to add a note to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyNotifier</name>
    <message>
        <source>Critical: order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In jeopardy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of your order(s) entered jeopardy</source>
        <translation>
            <numerusform>%n of your orders entered jeopardy</numerusform>
            <numerusform>%n of your orders entered jeopardy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation>
            <numerusform> (%n critical)</numerusform>
            <numerusform> (%n critical)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders in jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Jeopardy view to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the open orders again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the finding to a supervisors&apos; queue with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order&apos;s page (double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order, account or step (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the findings of every lane and queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %1 · %n order(s) checked</source>
        <translation>
            <numerusform>Evaluated %1 · %n order checked</numerusform>
            <numerusform>Evaluated %1 · %n orders checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 · queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 critical · %2 warning · %n order(s) projected to miss their due date</source>
        <translation>
            <numerusform>%1 critical · %2 warning · %n order projected to miss its due date</numerusform>
            <numerusform>%1 critical · %2 warning · %n orders projected to miss their due date</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manual task&apos;s step can be moved to another queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other task queue is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step&apos;s task to another queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see why it is in jeopardy and what its rule does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order or step is in jeopardy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast %1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s actions at this level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule takes no action at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule acts on this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3 (escalation %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already escalated to %1 by %2 (escalation %3): add a note to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy by lane and queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders in jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::JeopardyPresentation</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog jeopardy rule&apos;s threshold was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has been pending longer than 90% of the same steps took before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s projected completion is past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not done and its due date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (runs on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise priority (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::KpiCountModel</name>
    <message numerus="yes">
        <source>%1: %n fallout case(s)</source>
        <translation>
            <numerusform>%1: %n fallout case</numerusform>
            <numerusform>%1: %n fallout cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Fallout cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::KpiDayModel</name>
    <message>
        <source>%1: %2 of %3 finished orders had fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 completed orders without a person acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cycle time of the orders completed that day (created to finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::KpiTiles</name>
    <message>
        <source>Orders completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that finished completed in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed per day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created to finished, of the completed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 in 10 completed orders finished within this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished orders that had at least one fallout case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed orders no person acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps that completed within their estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>orders per day over %n day(s)</source>
        <translation>
            <numerusform>orders per day over %n day</numerusform>
            <numerusform>orders per day over %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n completed order(s)</source>
        <translation>
            <numerusform>of %n completed order</numerusform>
            <numerusform>of %n completed orders</numerusform>
        </translation>
    </message>
    <message>
        <source>above the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::LaneAdherenceModel</name>
    <message>
        <source>%1 on %2: no steps finished (counted as 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 steps finished within their estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::LaneBandItem</name>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
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
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
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
        <source>No store is open.

Open one with File &gt; Open Store (Ctrl+Shift+S), or start the demo (fulfillment-workbench --demo) to see orders, tasks and fallout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search in View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Order Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening store %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (or create) a store and run its orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Catalog into Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Order into Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate order files, plan them and run them on the open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Order in New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share orders with other workstations through a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote store saved: stores opened from now on join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote store turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation no longer syncs with a remote store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in the open store as another of its users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote store&apos;s settings were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;ers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, change their roles and queues, deactivate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the log files (for a support request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the order&apos;s summary and its plan graph (an order page must be in front)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear the secrets of the credentials the catalogs&apos; endpoints authenticate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::NewItemEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the listed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle of the order the item joins (it ships with the bundle), or a new top-level item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s products; in a bundle, the products the bundle takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new item&apos;s id in the order; it must not be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new top-level item is delivered; items in a bundle ship with their bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;butes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new top-level item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s catalog is not known here: the products cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle takes no further products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code %1 · a bundle: add its items to it afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderDocuments</name>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the order&apos;s evidence of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was delivered when, the delivery confirmations, the callouts that prove them, the billing start and the change orders to a PDF or JSON file, for revenue recognition audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated billing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of order %1, part %2 of %3 (row %4, column %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderImportDialog</name>
    <message>
        <source>Show All Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing orders from %n file(s)…</source>
        <translation>
            <numerusform>Importing orders from %n file…</numerusform>
            <numerusform>Importing orders from %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the orders being written now are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing orders… %1 of %2 files read: %3 imported, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s); nothing was rejected.</source>
        <translation>
            <numerusform>Imported %n order; nothing was rejected.</numerusform>
            <numerusform>Imported %n orders; nothing was rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>Imported %n order.</numerusform>
            <numerusform>Imported %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n file(s): they are not in the store.</source>
        <translation>
            <numerusform>Rejected %n file: it is not in the store.</numerusform>
            <numerusform>Rejected %n files: they are not in the store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files: the orders imported so far stay in the store; the other files were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be written for some orders: see the details, then import those files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderPage</name>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the hold once no step is in fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell a pause that its external event happened (e.g. delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline: step, actor, state, payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp; loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15px&apos;&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; catalog %5 %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal for order %1 (the name a pause waits for, e.g. delivered):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step durations by lane; click a bar to see the step on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend or cancel the running order: compose or open a change order, preview it, submit it (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders applied, waiting or refused, and the steps they added, amended or discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double click: show the event&apos;s step on the plan; the context menu replays the order as it stood before or after the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: Just Before This Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: Just After This Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step durations by lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account of this order: its installed base, orders and asset history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderReplayBar</name>
    <message>
        <source>Repla&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the order&apos;s journal: the plan, step states and open work as they stood then (arrows: one transition; Home: the first; End: live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One transition back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One transition forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the order as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderSummaryPanel</name>
    <message>
        <source>Loading the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: ordered and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery groups (split paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; revision %5 &amp;nbsp;·&amp;nbsp; %n item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; revision %5 &amp;nbsp;·&amp;nbsp; %n item</numerusform>
            <numerusform>&lt;b&gt;Order %1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp;·&amp;nbsp; revision %5 &amp;nbsp;·&amp;nbsp; %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled by a change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing: no consolidated billing milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated billing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) partly delivered</source>
        <translation>
            <numerusform>%n item partly delivered</numerusform>
            <numerusform>%n items partly delivered</numerusform>
        </translation>
    </message>
    <message>
        <source>order summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrderTableModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: a fallout case stopped new work until an operator resumes the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested date %1 has passed and the order is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed for the rows in view; not sortable</source>
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
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation whose engine runs the order (with a remote store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In jeopardy: see the Jeopardy view (Ctrl+5) for why, the forecast and the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside: the engine cannot read this order&apos;s stored data and does not run it (the other orders run). Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::OrdersPage</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders by id, account or product (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: a search, filters and sort under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the orders the search and filters select to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1+ of %Ln order(s)</source>
        <translation>
            <numerusform>%1+ of %Ln order</numerusform>
            <numerusform>%1+ of %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 orders match; refine the search to narrow them down. The export writes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s)</source>
        <translation>
            <numerusform>%1 of %Ln order</numerusform>
            <numerusform>%1 of %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the current search, filters and sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with work in this lane now: a step ready, running, waiting, retrying or in fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PayloadEditDialog</name>
    <message>
        <source>Edit Payload and Retry — Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of order %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request below is sent instead of the catalog&apos;s template for the new attempt series (a new idempotency key and a fresh retry budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry with This Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object ({ ... }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the edited request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt got no answer: %1 may already have carried it out. A plain retry sends the same request again under the same idempotency key, so it cannot act twice. An edited payload is a new request that may act a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it as a &amp;new request anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “new request” to send it, or cancel and retry without editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanCards</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n step(s): %2</source>
        <translation>
            <numerusform>%1, %n step: %2</numerusform>
            <numerusform>%1, %n steps: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A group of steps; Enter shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanDiffWidget</name>
    <message>
        <source>Before: the plan as it runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: the plan as the change leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by si&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphExport</name>
    <message>
        <source>Orchestration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no plan to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image type &apos;%1&apos; (expected .png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanGraphWidget</name>
    <message>
        <source>Find step by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole plan (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim the steps that do not match and zoom to those that do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanGroupModel</name>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanKeyboard</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step of the next lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step of the previous lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the step in the inspector, or show a group&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the selected step&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the plan graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanOverview</name>
    <message>
        <source>Overview of the whole plan: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanPreviewPage</name>
    <message>
        <source>Plan &amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is open.

Open a catalog (File &gt; Open Catalog) and then an order (File &gt; Open Order) to see its orchestration plan, or try Help &gt; Open Demo.</source>
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
        <source>Plan preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanScene</name>
    <message>
        <source>All steps of this lane are in the groups above.</source>
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
    <name>fw::PlanStepTree</name>
    <message>
        <source>Plan steps by lane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::PlanView</name>
    <message>
        <source>Expand lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 scope · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return: after it the order can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click or Enter: show its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps of %1	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse %1	Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s steps by lane. Arrow keys and Tab move between the steps, Enter opens one.</source>
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
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::QueueLoadModel</name>
    <message>
        <source>%1 (fallout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 open, the oldest waiting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::RangePicker</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days the figures cover (UTC); queue load is always now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
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
    <name>fw::RemoteSettingsDialog</name>
    <message>
        <source>Share orders with other workstations through a remote store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypt if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypt and check the server&apos;s certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: made once for the store and kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this workstation may be cut off before another one takes over the orders it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in host, database and user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; remote store schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1; no remote store there yet: the first workstation to join creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote store needs a host, a database and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The link is NOT encrypted: anyone on the network can read and change what is sent; choose the TLS mode verify-full (the CA&apos;s certificate in ~/.postgresql/root.crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The link is not encrypted, but stays on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The link is encrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move the Password into the Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the password of %2 on %3: move it into the desktop keyring and out of the file (fwctl reads only the file: it then needs the password there again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the desktop keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service), but it could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved into the desktop keyring (KWallet/Secret Service); %1 no longer holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the desktop keyring… The password is never kept in the workbench&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password typed here is saved in the desktop keyring (KWallet/Secret Service), never in the workbench&apos;s settings; leave the field empty to keep the one saved. fwctl reads libpq&apos;s password file %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available, so a password typed here is saved to libpq&apos;s password file %1 (mode 0600: readable by you only); leave the field empty to keep the one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the desktop keyring (KWallet/Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available, and the password could not be saved to the password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keyring is available: saved to %1 (mode 0600: readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::RenewalModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::RenewalsPage</name>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To work (open, claimed, upcoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the renewal of %1 declined? The subscription ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) with a term ending by %1, value at risk %2.</source>
        <translation>
            <numerusform>%n renewal with a term ending by %1, value at risk %2.</numerusform>
            <numerusform>%n renewals with a term ending by %1, value at risk %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewals cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due yet: the renewal opens on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewals in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk by month the term ends (renewals in brackets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ReplayWorkPanel</name>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added by a change order (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order put on hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order resumed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open work then&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, open since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1 — queue %2, claimed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout: %1 — queue %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks or fallout cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claim renewed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task released (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the claim expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task moved to another queue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SecretForm</name>
    <message>
        <source>Secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SessionUser</name>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 or %2 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is still opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer a user of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user of this store (an admin adds users with &apos;fwctl users add&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): choose a user with File &gt; Switch User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: choose another user with File &gt; Switch User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 is not one of %2&apos;s queues (%3); the supervisor role works every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcuts of the menus work everywhere; a page&apos;s work while that page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::Sidebar</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (Ctrl+W closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SplitPathModel</name>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StateLegend</name>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps that decide when the order completes: a delay on any of them delays the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step marked so is the order&apos;s point of no return: once it has completed, a change or cancellation no longer undoes the order, it compensates what was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StatePresentation</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StepChangeModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StepGanttStrip</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step has started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StepGroupItem</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::StepInspector</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step inspector&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a step in the plan to see its definition, history and attempts, and what can be done with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14px&apos;&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;● &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp;·&amp;nbsp; %n attempt(s)</source>
        <translation>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n attempt</numerusform>
            <numerusform> &amp;nbsp;·&amp;nbsp; %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
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
        <source>%1, plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PONR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point of no return: once done, changes need compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Callout attempts&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Series %1, attempt %2&lt;/b&gt; &amp;nbsp;%3 &amp;nbsp;HTTP %4 %5&lt;br&gt;&lt;span style=&apos;color:gray&apos;&gt;key %6&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Request&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div style=&apos;color:gray&apos;&gt;Response&lt;/div&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#e65100&apos;&gt;No answer came although the request was sent: the system may have carried it out. A retry sends it again with the same key.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;&amp; Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request, then send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
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
    <name>fw::StepStatePresentation</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for its dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is executing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a person, a signal, a time or a callout response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; another attempt is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed for good; a fallout case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-completed by an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StepStatusModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StoreIndicators</name>
    <message>
        <source>No store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Engine running · %n callout(s) out</source>
        <translation>
            <numerusform>Engine running · %n callout out</numerusform>
            <numerusform>Engine running · %n callouts out</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1
Roles: %2
Queues: %3%4

Click to switch user (File &gt; Switch User)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Deactivated: may do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Click to choose a user (File &gt; Switch User)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: %1. Choose a user with File &gt; Switch User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ 1 order cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 orders cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click for the list of all of them, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1; the step runs again and the fallout page shows how it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting: the demo&apos;s history, day %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new demo store gets a past: the engine runs the sample orders of the last %n day(s) against the stand-in systems, so the views open on real history.</source>
        <translation>
            <numerusform>A new demo store gets a past: the engine runs the sample orders of the last day against the stand-in systems, so the views open on real history.</numerusform>
            <numerusform>A new demo store gets a past: the engine runs the sample orders of the last %n days against the stand-in systems, so the views open on real history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine starting: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task(s)</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 active, %3 on hold) · %4 · %5 fallout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::StoreWorkspace</name>
    <message>
        <source>Order %1 — Fulfillment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SummaryItemModel</name>
    <message>
        <source>Fulfillment lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1 · pending (not started): %2 · in progress: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SupervisorPages</name>
    <message>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy (%1 critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SwitchUserDialog</name>
    <message>
        <source>Switch User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in this store as another of its users. What you may do follows their roles; the engine records every action under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user id, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SyncConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected conflicts as seen; they stay in the store&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: everything this workstation did reached the other workstations, or was reported here and acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) between this workstation and the others. Nothing was dropped: each says what did not happen and who did what instead.</source>
        <translation>
            <numerusform>%Ln conflict between this workstation and the others. Nothing was dropped: it says what did not happen and who did what instead.</numerusform>
            <numerusform>%Ln conflicts between this workstation and the others. Nothing was dropped: each says what did not happen and who did what instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::SyncIndicator</name>
    <message>
        <source>Sync with the remote store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::SyncPresentation</name>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting for an answer</source>
        <translation>
            <numerusform>%n command waiting for an answer</numerusform>
            <numerusform>%n commands waiting for an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the remote store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) queued</source>
        <translation>
            <numerusform>%Ln event queued</numerusform>
            <numerusform>%Ln events queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln command(s) queued</source>
        <translation>
            <numerusform>%Ln command queued</numerusform>
            <numerusform>%Ln commands queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders run here (leases held): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events pushed: %1 · pulled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline for longer than the lease time: other workstations may take over this workstation&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine keeps running the orders it holds; its work is sent when the remote store is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not encrypted, but stays on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is encrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not encrypted: anyone on the network can read and change what is sent. Connect with sslmode=verify-full and the CA&apos;s file (File &gt; Remote Store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the remote store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote store does not accept this workstation as it is set up (the reason is below): nothing is sent until the workstation or the database role is changed (File &gt; Remote Store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset change(s) queued</source>
        <translation>
            <numerusform>%Ln asset change queued</numerusform>
            <numerusform>%Ln asset changes queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Asset change not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::TaskFormDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 &amp;nbsp;·&amp;nbsp; queue %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what you did, for the order&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, e.g. -18.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose Yes or No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::TaskInboxPage</name>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks by step, order or account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the selected tasks (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the task&apos;s form and complete it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its instructions and form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks. New ones appear here as orders reach manual steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; order %2 (%3) &amp;nbsp;·&amp;nbsp; queue %4 &amp;nbsp;·&amp;nbsp; lane %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Form: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected tasks back in their queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Claimed by %1 since %2: only they can complete it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::TaskListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
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
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1 since %2 (%3 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts by urgency: orders at risk first (SLA critical, warning, then priority and due), then the others oldest first. Due: when the step&apos;s estimated time runs out, counted from when the task opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sortable: tasks sort by urgency or by how long they wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::TimelineModel</name>
    <message>
        <source>Order imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy: critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy: warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeopardy cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order waits for replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation step added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step added by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step amended by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step discarded by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asked by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: undoes %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::UnrunnableOrderModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; and %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::UnrunnableOrdersDialog</name>
    <message>
        <source>Orders That Cannot Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine runs every other order. An order set aside has stored data that cannot be read: repair its rows and clear its reason (see the store documentation). An order whose catalog is missing runs once the catalog is imported and the store opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::UsersDialog</name>
    <message>
        <source>Active (a deactivated user is kept for the history but may do nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new id adds a user, e.g. anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task queues an operator works, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
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
        <source>Open the demo store (every bundled sample order, run against built-in stand-ins for the external systems) and preview the telecom fibre sample plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store FILE (created if missing) and run its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up waiting for the window&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many copies of each sample order a new demo store gets (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s id with the remote store (default: made once per store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in the store as USER, who must be an active user of it (default: $FW_USER, else the user last chosen in File &gt; Switch User, else the OS login name; the demo: olivia, an operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, fr) for this run instead of the language chosen in View &gt; Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the store&apos;s orders with other workstations through the remote store CONNINFO (a libpq connection string or postgresql:// URI; the password from the desktop keyring, else ~/.pgpass or PGPASSFILE). Default: $FW_REMOTE, else File &gt; Remote Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages too, to stderr and the log file (Help &gt; Open Log Folder); QT_LOGGING_RULES still wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog and order files to open in the plan preview (as --catalog and --order; told apart by their content). This is how a file manager opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a catalog (a JSON object with &quot;products&quot;) nor an order (a JSON object with &quot;items&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one catalog and one order can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in VIEW: orders, tasks, fallout, jeopardy, escalations, dashboard, preview, accounts, account:ID, account:ID#ASSET (the asset&apos;s history shown), order:ID, order:ID#STEP, replay:ID@SEQ (the order as it stood after journal entry SEQ), replay:ID@STATE (just before a step first went into STATE), timeline:ID, summary:ID, change:ID:FILE (the change order FILE previewed for order ID), compose:ID:FILE (its actions in the composer), sync-conflicts, remote-settings or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
