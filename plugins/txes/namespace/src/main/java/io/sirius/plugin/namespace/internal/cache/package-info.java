/**
 * Typed writes to the namespace cache for the plugin's observers (Catapult's cache delta): every change is a few
 * point writes, and an index row disappears when its set becomes empty, so that adding and then removing an id gives
 * back exactly the rows that were there.
 */
package io.sirius.plugin.namespace.internal.cache;
