/**
 * The namespace plugin's alias resolvers, which the kernel chains: a mosaic id with bit 63 set, or an address with
 * the low bit of its first byte set, names a namespace whose alias gives the mosaic or the address.
 *
 * <p>A resolver is handed a state but not its height, so it cannot compare a lifetime with a height. It resolves by
 * what the cache holds instead: a namespace whose root is marked expired (NamespaceExpiryObserver marks roots in the
 * block before their first expired height) resolves to nothing, like an unknown one, an alias of the other kind, or no
 * alias. A height on the resolver call would let it compare the lifetime itself (see the module README, "Waiting for
 * the API").
 */
package io.sirius.plugin.namespace.internal.resolvers;
