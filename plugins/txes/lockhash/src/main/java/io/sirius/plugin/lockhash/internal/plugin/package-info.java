/** The lockhash plugin's entry point, codec, handler and derivations. */
package io.sirius.plugin.lockhash.internal.plugin;
