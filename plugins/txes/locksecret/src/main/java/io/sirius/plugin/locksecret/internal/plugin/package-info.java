/** The locksecret plugin's entry point, codecs, handlers and derivations. */
package io.sirius.plugin.locksecret.internal.plugin;
