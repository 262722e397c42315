package io.sirius.plugin.namespace.state;

/**
 * A row of the namespace cache: a namespace ({@link RootNamespace}, {@link ChildNamespace}) under a
 * {@link NamespaceKey.Namespace} key, a {@link NamespaceIdSet} under an index key, or an {@link OwnerPublicKey} under a
 * {@link NamespaceKey.OwnerAddress} key.
 */
public sealed interface NamespaceRecord permits RootNamespace, ChildNamespace, NamespaceIdSet, OwnerPublicKey {
}
