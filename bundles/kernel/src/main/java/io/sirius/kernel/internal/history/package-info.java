/**
 * The transaction history that REST searches: where each confirmed transaction is and which accounts it concerns.
 * Kept in state-store indexes beside the state, outside every Merkle root, written and undone with each block.
 */
package io.sirius.kernel.internal.history;
