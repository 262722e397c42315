/**
 * The namespace plugin's entry point and its transaction support: codecs for the three bodies, the handlers that turn
 * them into notifications, where the rental fee terms come from, and how REST shows the bodies.
 */
package io.sirius.plugin.namespace.internal.plugin;
