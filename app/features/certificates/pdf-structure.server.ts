import { PDFArray, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";

type Role = "H1" | "H2" | "P" | "Figure";
type Element = { role: Role; mcid: number; lang?: string; alt?: string };

/**
 * A tagged PDF page (ISO 32000 §14.7–14.8): every piece of text or image a
 * reader should hear is marked content with an id and belongs to a structure
 * element (heading, paragraph, figure with alternative text), in reading
 * order; decoration is marked as an artifact. pdf-lib draws, this adds the
 * marks and writes the structure tree.
 */
export class TaggedPage {
  private readonly elements: Element[] = [];

  constructor(
    private readonly document: PDFDocument,
    private readonly page: PDFPage,
  ) {}

  /** Draws what `draw` draws as one structure element, in the order it is called. */
  tagged<T>(role: Role, options: { lang?: string; alt?: string }, draw: () => T): T {
    const mcid = this.elements.length;
    // The property list is written inline; pdf-lib passes string operands through as they are.
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(role), `<< /MCID ${mcid} >>`]));
    const result = draw();
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    this.elements.push({ role, mcid, ...options });
    return result;
  }

  /** Draws decoration (frames, rules) that screen readers skip. */
  artifact(draw: () => void): void {
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of("Artifact")]));
    draw();
    this.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree and marks the document as tagged; call once, after drawing. */
  finish(): void {
    const { context, catalog } = this.document;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const elementRefs: PDFRef[] = this.elements.map((element) => {
      const entries: Record<string, unknown> = { Type: "StructElem", S: element.role, P: documentRef, Pg: this.page.ref, K: element.mcid };
      if (element.lang) entries.Lang = PDFHexString.fromText(element.lang);
      if (element.alt) entries.Alt = PDFHexString.fromText(element.alt);
      return context.register(context.obj(entries as never));
    });
    context.assign(documentRef, context.obj({ Type: "StructElem", S: "Document", P: rootRef, K: elementRefs }));
    const parentTree = context.obj({ Nums: [0, PDFArray.withContext(context)] });
    const pageElements = parentTree.lookup(PDFName.of("Nums"), PDFArray).lookup(1, PDFArray);
    for (const ref of elementRefs) pageElements.push(ref);
    context.assign(rootRef, context.obj({ Type: "StructTreeRoot", K: documentRef, ParentTree: parentTree, ParentTreeNextKey: 1 }));
    this.page.node.set(PDFName.of("StructParents"), context.obj(0));
    this.page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
    catalog.set(PDFName.of("StructTreeRoot"), rootRef);
    catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
  }
}
