package io.sirius.plugin.mosaic.internal.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import io.sirius.plugin.mosaic.model.MosaicTypes;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RentalFeeTransfersTest {

    private static List<Notification> derive(PublicKey signer, ContextBuilder context) {
        List<Notification> out = new ArrayList<>();
        new RentalFeeTransfers().derive(new MosaicRentalFeeNotification(signer), context.stateful(), out::add);
        return out;
    }

    private static List<Notification> derive(PublicKey signer, Map<String, String> config) {
        return derive(signer, Fixtures.context(Fixtures.state()).config(MosaicConfig.SECTION, config));
    }

    /** The fee the owner pays to the sink, in the currency. */
    private static BalanceTransferNotification feePaid(PublicKey sink, long fee) {
        return new BalanceTransferNotification(Fixtures.OWNER, Fixtures.unresolved(sink),
                Fixtures.unresolved(Fixtures.CURRENCY), new Amount(fee));
    }

    /** The receipt of a fee paid to the sink, as Sirius's rental fee observer writes it. */
    private static ReceiptNotification receipt(PublicKey signer, PublicKey sink, MosaicId currency, long fee) {
        return new ReceiptNotification(new BalanceTransferReceipt(MosaicTypes.RENTAL_FEE_RECEIPT, signer,
                Fixtures.address(sink), currency, new Amount(fee)));
    }

    /** The sink made known, the owner's fee and its receipt. */
    private static List<Notification> paid(PublicKey sink, long fee) {
        return List.of(new AccountPublicKeyNotification(sink), feePaid(sink, fee),
                receipt(Fixtures.OWNER, sink, Fixtures.CURRENCY, fee));
    }

    @Test
    void theSinkBecomesKnownThenTheSignerPaysTheFeeInTheCurrencyToTheSinksAddress() {
        // Act
        List<Notification> derived = derive(Fixtures.OWNER, Fixtures.config());

        // Assert: Sirius's default fee of 10'000 XPX
        assertEquals(paid(Fixtures.SINK, 10_000_000_000L), derived);
        assertEquals(0x124D, MosaicTypes.RENTAL_FEE_RECEIPT.value());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "10'000'000'000, 10000000000", "9'223'372'036'854'775'807, 9223372036854775807"})
    void theFeeIsTheMosaicRentalFeeInForceZeroIncluded(String configured, long fee) {
        // Act
        List<Notification> derived = derive(Fixtures.OWNER, Fixtures.config("mosaicRentalFee", configured));

        // Assert: Sirius publishes a zero fee too; the core moves nothing
        assertEquals(paid(Fixtures.SINK, fee), derived);
    }

    @Test
    void theFeeGoesToTheSinkInForce() {
        // Arrange
        Map<String, String> config = Fixtures.config("mosaicRentalFeeSinkPublicKey", Fixtures.THIRD.toHex());

        // Act
        List<Notification> derived = derive(Fixtures.OWNER, config);

        // Assert
        assertEquals(paid(Fixtures.THIRD, 10_000_000_000L), derived);
    }

    @Test
    void theFeeIsPaidInTheCurrencyOfTheNetwork() {
        // Arrange
        var context = Fixtures.context(Fixtures.state()).currencyMosaicId(Fixtures.OTHER_MOSAIC);

        // Act
        List<Notification> derived = derive(Fixtures.OWNER, context);

        // Assert
        assertEquals(new BalanceTransferNotification(Fixtures.OWNER, Fixtures.unresolved(Fixtures.SINK),
                Fixtures.unresolved(Fixtures.OTHER_MOSAIC), new Amount(10_000_000_000L)), derived.get(1));
        assertEquals(receipt(Fixtures.OWNER, Fixtures.SINK, Fixtures.OTHER_MOSAIC, 10_000_000_000L), derived.get(2));
    }

    static Stream<Arguments> exemptions() {
        return Stream.of(
                Arguments.of("the network key signs", Fixtures.NETWORK, Fixtures.NETWORK, false),
                Arguments.of("another key signs", Fixtures.OWNER, Fixtures.NETWORK, true),
                Arguments.of("the signer is the network key of the height", Fixtures.OWNER, Fixtures.OWNER, false),
                Arguments.of("the network key was the signer's once", Fixtures.NETWORK, Fixtures.OWNER, true),
                Arguments.of("the sink signs", Fixtures.SINK, Fixtures.NETWORK, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exemptions")
    void onlyTheNetworkKeyInForceIsExemptAndTheSinkBecomesKnownEitherWay(String name, PublicKey signer,
            PublicKey networkKey, boolean pays) {
        // Act
        List<Notification> derived = derive(signer, Fixtures.context(Fixtures.state()).networkPublicKey(networkKey));

        // Assert
        List<Notification> expected = new ArrayList<>(List.of(new AccountPublicKeyNotification(Fixtures.SINK)));
        if (pays) {
            expected.add(new BalanceTransferNotification(signer, Fixtures.unresolved(Fixtures.SINK),
                    Fixtures.unresolved(Fixtures.CURRENCY), new Amount(10_000_000_000L)));
            expected.add(receipt(signer, Fixtures.SINK, Fixtures.CURRENCY, 10_000_000_000L));
        }
        assertEquals(expected, derived);
    }

    @Test
    void derivesTheSameFeeOnceItsNotificationsHaveBeenObserved() {
        // Arrange: the owner holds exactly the fee, and the sink's account does not exist yet
        InMemoryState state = Fixtures.account(Fixtures.state(), Fixtures.OWNER, Fixtures.CURRENCY.value(),
                10_000_000_000L);
        List<Notification> whenExecuted = derive(Fixtures.OWNER, Fixtures.context(state));
        Fixtures.account(state, Fixtures.SINK);
        Fixtures.observe(state, (BalanceTransferNotification) whenExecuted.get(1));

        // Act: the kernel derives again just before undoing what it derived
        List<Notification> whenUndone = derive(Fixtures.OWNER, Fixtures.context(state));

        // Assert
        assertEquals(paid(Fixtures.SINK, 10_000_000_000L), whenExecuted);
        assertEquals(whenExecuted, whenUndone);
    }
}
