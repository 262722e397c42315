/**
 * The mosaic family's observers, one effect each, in commit and rollback.
 *
 * <p>Sirius's other mosaic observers have no counterpart here, each for a reason: its rental-fee and expiry
 * observers only write receipts, which this node does not keep; its levy balance-transfer observer writes balances,
 * which here move only through core notifications (see {@code internal.levy}); and its levy history pruning cannot
 * be undone, so a rolled back block would not give back its state (see {@link io.sirius.plugin.mosaic.model.LevyEntry}).
 * A supply change moves the owner's balance through the core credit or debit its handler publishes.
 */
package io.sirius.plugin.mosaic.internal.observers;
