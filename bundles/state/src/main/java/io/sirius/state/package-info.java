/**
 * The node's durable data: the {@link io.sirius.state.StateStore} holding every state cache (typed through
 * plugin-api's {@link io.sirius.api.state.CacheDescriptor}s, each with a Merkle root) and the kernel's plain
 * indexes, committed atomically with the chain height; and the {@link io.sirius.state.BlockStore}, the
 * append-only source of truth. Engines are provided as {@link io.sirius.state.StateStoreFactory} services, so a
 * faster one can be added as a feature.
 *
 * <h2>Merkle root of a cache</h2>
 * Every node of a network must compute these rules identically, whatever the engine; they fix the cache roots
 * that the kernel folds into a block's StateHash. SHA3-256 is FIPS-202 SHA3 (not Keccak); integers are little
 * endian.
 * <ol>
 *   <li><b>Entries.</b> An entry is a key (the bytes of {@link io.sirius.api.state.KeyCodec#encode}) and a value:
 *       the serializer version {@code v} in which it is stored (0 to 65535) and the serializer's bytes {@code p}
 *       ({@link io.sirius.api.state.EntrySerializer#write}).</li>
 *   <li><b>Path.</b> {@code keyHash = SHA3-256(key)}. Its 64 nibbles, the high nibble of each byte first, are the
 *       entry's path in the tree.</li>
 *   <li><b>Leaf.</b> {@code valueHash = SHA3-256(u16(v) || p)};
 *       {@code leafHash = SHA3-256(0x00 || keyHash || valueHash)}.</li>
 *   <li><b>Shape.</b> The tree is the hexary Patricia trie of the paths: for a set of two or more entries, let
 *       {@code d} be the first nibble position at which their paths are not all equal; the node for the set is a
 *       branch at depth {@code d} whose children are the nodes for the entries with each nibble value {@code n}
 *       at position {@code d}, for the values present. The node for a single entry is its leaf. There are no
 *       extension nodes and no empty children: the depth records the skipped nibbles. The shape, and so the
 *       root, depends only on the set of entries, never on the order or history of changes.</li>
 *   <li><b>Branch.</b> {@code branchHash = SHA3-256(0x01 || u8(d) || u16(bitmap) || h(c1) || ... || h(ck))},
 *       where bit {@code n} of {@code bitmap} is set when the branch has a child for nibble {@code n}, and
 *       {@code c1..ck} are the children in ascending nibble order, {@code h} being a leaf's {@code leafHash} or
 *       a branch's {@code branchHash}.</li>
 *   <li><b>Root.</b> The hash of the node for all entries: 32 zero bytes for an empty cache (or one the store
 *       has never seen), the {@code leafHash} of a cache with one entry, the {@code branchHash} otherwise.</li>
 * </ol>
 * Because the stored version is hashed, a plugin that moves its serializer to a new version changes the roots of
 * the entries it rewrites; such a change must be activated at a height by network config, like any consensus
 * change.
 */
@Version("0.2.0")
package io.sirius.state;

import org.osgi.annotation.versioning.Version;
