/** English text of shared figure parts: export menu, tables, legends, tooltips. */
export const components = {};
