/**
 * Sirius's levies: what a levy costs ({@link io.sirius.plugin.mosaic.internal.levy.LevyCalculator}), which levy is
 * in force ({@link io.sirius.plugin.mosaic.internal.levy.Levies}), and the balance transfers a levy and a rental fee
 * derive from a notification and the state ({@link io.sirius.plugin.mosaic.internal.levy.LevyTransfers},
 * {@link io.sirius.plugin.mosaic.internal.levy.RentalFeeTransfers}).
 *
 * <p><b>Why derivations.</b> Sirius charges a levy in an observer of the transfer that writes both balances itself,
 * and its definition handler reads the rental fee from the config. Here balances change only through the core's
 * balance notifications, which observers may not publish, and a handler sees neither state (the levy in force) nor
 * config (the rental fee and its sink). The API's {@link io.sirius.api.plugin.NotificationDerivation} is the missing
 * piece: given a notification and the state and config at that point of the block, it publishes the core balance
 * transfers that follow from it, which the kernel then validates (the payer's balance) and observes (balances and
 * the harvesting balance history) like any other, and derives again to undo them on rollback.
 */
package io.sirius.plugin.mosaic.internal.levy;
