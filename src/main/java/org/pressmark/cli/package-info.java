/**
 * The {@code pressmark} command line: parses options with picocli and calls the library. {@link
 * org.pressmark.cli.Main#run} is what tests call; {@code main} only exits with its result.
 */
package org.pressmark.cli;
