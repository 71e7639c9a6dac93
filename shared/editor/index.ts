/**
 * Name of the Y.XmlFragment that holds a draft's text in its Y.Doc. The editor binds it, and
 * the server and tests read `ydoc.getXmlFragment(EDITOR_FIELD)`.
 */
export const EDITOR_FIELD = "default";
