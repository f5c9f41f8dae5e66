/**
 * The peer for the page-size target of issue 15: the smallest pane Microsoft's React template
 * (OfficeDev/Office-Addin-TaskPane-React) makes, rebuilt here with our versions of React and Fluent UI v9
 * and our webpack settings. What it uses, as the template does: FluentProvider and the web light theme,
 * makeStyles and tokens, Button, Field, Textarea, three icons and one Excel call.
 */
import * as React from "react";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { Button, Field, FluentProvider, Textarea, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  list: { marginTop: "20px" },
  item: { paddingBottom: "20px", display: "flex", fontSize: tokens.fontSizeBase300 },
  icon: { marginRight: "10px" },
  insertion: { display: "flex", flexDirection: "column", alignItems: "center" },
  field: { margin: "30px 20px 20px", maxWidth: "50%" },
  instructions: { fontWeight: tokens.fontWeightSemibold, marginTop: "20px", marginBottom: "10px" },
});

const FEATURES = [
  { icon: <Ribbon24Regular />, text: "Achieve more with Office integration" },
  { icon: <LockOpen24Regular />, text: "Unlock features and functionality" },
  { icon: <DesignIdeas24Regular />, text: "Create and visualize like a pro" },
];

async function insertText(text: string) {
  await Excel.run(async (context) => {
    context.workbook.getSelectedRange().values = [[text]];
    await context.sync();
  });
}

function App({ title }: { title: string }) {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  return (
    <div className={styles.root}>
      <header>
        <img width="90" height="90" src="assets/logo-filled.png" alt={title} />
        <h1>Welcome</h1>
      </header>
      <h2>Discover what this add-in can do for you today!</h2>
      <ul className={styles.list}>
        {FEATURES.map((f) => (
          <li key={f.text} className={styles.item}>
            <i className={styles.icon}>{f.icon}</i>
            <span>{f.text}</span>
          </li>
        ))}
      </ul>
      <div className={styles.insertion}>
        <Field className={styles.field} size="large" label="Enter text to be inserted into the document.">
          <Textarea size="large" value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Field className={styles.instructions}>Click the button to insert text.</Field>
        <Button appearance="primary" size="large" onClick={() => void insertText(text)}>
          Insert text
        </Button>
      </div>
    </div>
  );
}

const root = createRoot(document.getElementById("container")!);
void Office.onReady(() =>
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App title="Contoso Task Pane Add-in" />
    </FluentProvider>
  )
);
