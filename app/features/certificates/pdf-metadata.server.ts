import { PDFName, type PDFDocument } from "pdf-lib";

export type DocumentMetadata = {
  title: { zh: string; en: string };
  author: string;
  subject: string;
  keywords: string[];
  languages: string[];
  created: Date;
  producer: string;
};

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** XMP (ISO 16684-1) with Dublin Core, XMP basic and PDF properties, matching the document information dictionary. */
function xmpPacket(meta: DocumentMetadata): string {
  const date = meta.created.toISOString().replace(/\.\d{3}Z$/, "Z");
  const alt = (values: Record<string, string>) =>
    `<rdf:Alt>${Object.entries(values)
      .map(([lang, value]) => `<rdf:li xml:lang="${lang}">${escapeXml(value)}</rdf:li>`)
      .join("")}</rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt({ "x-default": `${meta.title.zh} ${meta.title.en}`, "zh-CN": meta.title.zh, en: meta.title.en })}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt({ "x-default": meta.subject })}</dc:description>`,
    `<dc:language><rdf:Bag>${meta.languages.map((language) => `<rdf:li>${escapeXml(language)}</rdf:li>`).join("")}</rdf:Bag></dc:language>`,
    `<dc:subject><rdf:Bag>${meta.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(meta.producer)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${escapeXml(meta.keywords.join("; "))}</pdf:Keywords>`,
    "</rdf:Description>",
    "</rdf:RDF>",
    "</x:xmpmeta>",
    '<?xpacket end="w"?>',
  ].join("\n");
}

/** The document information dictionary and the same facts as an XMP metadata stream (uncompressed, so any tool reads it). */
export function setDocumentMetadata(document: PDFDocument, meta: DocumentMetadata): void {
  document.setTitle(`${meta.title.zh} ${meta.title.en}`, { showInWindowTitleBar: true });
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setKeywords(meta.keywords);
  document.setLanguage(meta.languages[0] ?? "");
  document.setCreator(meta.producer);
  document.setProducer(meta.producer);
  document.setCreationDate(meta.created);
  document.setModificationDate(meta.created);
  const stream = document.context.stream(Buffer.from(xmpPacket(meta), "utf8"), { Type: "Metadata", Subtype: "XML" });
  document.catalog.set(PDFName.of("Metadata"), document.context.register(stream));
}
