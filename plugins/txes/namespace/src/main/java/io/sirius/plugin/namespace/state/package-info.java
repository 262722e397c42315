/**
 * The Namespace cache (Sirius CacheId 4), readable by the kernel's resolvers and by other plugins (namespace metadata,
 * for one): every namespace with its owner, lifetime, name and alias, and the indexes the plugin keeps beside them.
 * {@link io.sirius.plugin.namespace.state.NamespaceView} reads it.
 *
 * <p>One cache holds several kinds of rows, told apart by the first byte of their key
 * ({@link io.sirius.plugin.namespace.state.NamespaceKey}): the namespaces themselves (a root with its lifetime, owner,
 * alias, child ids and history; a child with its path, name and alias), and four indexes that make height-driven
 * expiry and the account and alias REST routes point lookups instead of scans: namespaces by expiry height, roots by
 * owner (and owner address to owner key), namespaces by aliased address and by aliased mosaic. Keeping them in the one
 * cache keeps the whole namespace state under Sirius's Namespace position in the StateHash.
 */
@Version("1.0.0")
package io.sirius.plugin.namespace.state;

import org.osgi.annotation.versioning.Version;
