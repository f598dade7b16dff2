/**
 * Open data: the catalog as Akoma Ntoso 3.0 XML, ELI-style stable URIs, bulk export (JSON Lines and CSV) with
 * re-import, and an Atom feed of catalog changes. Reads the catalog indices directly and streams page by page, so
 * memory does not grow with the catalog.
 */
package org.kotmai.opendata;
