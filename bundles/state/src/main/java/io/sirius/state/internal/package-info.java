/**
 * The MapDB engine. Design decisions, each recorded in full next to its code:
 * <ul>
 *   <li>durability: MapDB's {@code StoreDirect} on a {@link io.sirius.state.internal.durable.JournaledVolume},
 *       a redo journal below MapDB, because MapDB 3.1.0's own write-ahead log is never replayed;</li>
 *   <li>layout: one MapDB file, hash maps for caches and B-trees for indexes ({@link
 *       io.sirius.state.internal.Tables}); entry records carry their version and leaf hash
 *       ({@link io.sirius.state.internal.EntryRecord});</li>
 *   <li>Merkle trees: persistent in-memory Patricia trees ({@link io.sirius.state.internal.tree.PatriciaTree}),
 *       rebuilt from the stored leaf hashes on open and checked against the committed roots;</li>
 *   <li>isolation: snapshots with undo chains ({@link io.sirius.state.internal.Snapshot}), so a view never sees
 *       part of a commit;</li>
 *   <li>blocks: checksummed segment files ({@link io.sirius.state.internal.blocks.FileBlockStore}).</li>
 * </ul>
 */
package io.sirius.state.internal;
