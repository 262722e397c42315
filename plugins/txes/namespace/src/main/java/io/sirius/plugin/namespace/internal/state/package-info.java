/**
 * The namespace cache's byte forms: the key codec and the versioned entry serializer. Private to the bundle; the
 * descriptor in {@code io.sirius.plugin.namespace.state} refers to them.
 */
package io.sirius.plugin.namespace.internal.state;
