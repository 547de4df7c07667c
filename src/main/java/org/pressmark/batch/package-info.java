/**
 * Batch conversion: folders, file lists and WARC web archives converted in parallel with bounded
 * memory, a per-item time limit, a journal that lets a stopped run resume, progress, and reports
 * (a BagIt-style SHA-256 manifest, CSV and JSON). {@link org.pressmark.batch.Batch} is the entry point;
 * the {@code convert} command is a thin caller of it.
 *
 * <p>Null policy: as in {@link org.pressmark.model}: "or {@code null}" is said where a value may be
 * absent.
 */
package org.pressmark.batch;
