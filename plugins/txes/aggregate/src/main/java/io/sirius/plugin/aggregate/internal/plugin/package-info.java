/**
 * The aggregate family's entry point, body codec and handler.
 */
package io.sirius.plugin.aggregate.internal.plugin;
