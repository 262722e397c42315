package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.NamespaceRentalFeeNotification;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceRentalFeeDerivationTest {
    private static final MosaicId CURRENCY = new MosaicId(0x0DC67FBE1CAD29E3L);

    private static List<Notification> derive(NamespaceRentalFeeNotification notification, Map<String, String> config) {
        List<Notification> out = new ArrayList<>();
        new NamespaceRentalFeeDerivation().derive(notification, Fixtures.context(10, Fixtures.state())
                .config(io.sirius.plugin.namespace.internal.config.NamespaceConfig.SECTION, config)
                .currencyMosaicId(CURRENCY).stateful(), out::add);
        return out;
    }

    private static List<Notification> derive(NamespaceRentalFeeNotification notification) {
        return derive(notification, Fixtures.CONFIG);
    }

    private static BalanceTransferNotification fee(PublicKey payer, long amount) {
        return new BalanceTransferNotification(payer, Fixtures.address(Fixtures.SINK).toUnresolved(),
                new UnresolvedMosaicId(CURRENCY.value()), new Amount(amount));
    }

    /** The receipt of a fee paid to the sink, as Sirius's rental fee observer writes it. */
    private static ReceiptNotification receipt(PublicKey payer, long amount) {
        return new ReceiptNotification(new BalanceTransferReceipt(NamespaceTypes.RENTAL_FEE_RECEIPT, payer,
                Fixtures.address(Fixtures.SINK), CURRENCY, new Amount(amount)));
    }

    @Test
    void aRootPaysItsDurationTimesTheFeePerBlockToTheSinkInTheCurrency() {
        // Act
        List<Notification> derived = derive(new NamespaceRentalFeeNotification(Fixtures.OWNER, 0, new BlockDuration(100)));

        // Assert
        assertEquals(List.of(new AccountPublicKeyNotification(Fixtures.SINK),
                fee(Fixtures.OWNER, 100 * Fixtures.ROOT_FEE_PER_BLOCK), receipt(Fixtures.OWNER, 100 * Fixtures.ROOT_FEE_PER_BLOCK)),
                derived);
        assertEquals(0x124E, NamespaceTypes.RENTAL_FEE_RECEIPT.value());
    }

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"1", "2", "255"})
    void anyOtherTypePaysTheChildFee(int type) {
        // Act
        List<Notification> derived = derive(new NamespaceRentalFeeNotification(Fixtures.OTHER, type, new BlockDuration(7)));

        // Assert
        assertEquals(List.of(new AccountPublicKeyNotification(Fixtures.SINK), fee(Fixtures.OTHER, Fixtures.CHILD_FEE),
                receipt(Fixtures.OTHER, Fixtures.CHILD_FEE)), derived);
    }

    @Test
    void anEternalRootAndTheNetworkPayNothingButTheSinkStillBecomesKnown() {
        // Act
        List<Notification> eternal = derive(new NamespaceRentalFeeNotification(Fixtures.OWNER, 0, new BlockDuration(0)));
        List<Notification> network = derive(new NamespaceRentalFeeNotification(Fixtures.NETWORK, 1, new BlockDuration(0)));

        // Assert
        assertEquals(List.of(new AccountPublicKeyNotification(Fixtures.SINK)), eternal);
        assertEquals(List.of(new AccountPublicKeyNotification(Fixtures.SINK)), network);
    }

    @ParameterizedTest(name = "{0} per block x {1} blocks = {2}")
    @CsvSource({
        "0, 100, 0",
        "10'000'000'000, 2'102'400, 21024000000000000",
        // the largest products that fit a uint64; one block more would wrap in Sirius: here it saturates
        "1, 18446744073709551615, 18446744073709551615",
        "2, 9223372036854775807, 18446744073709551614",
        "2, 9223372036854775808, 18446744073709551615",
        "4'611'686'018'427'387'904, 5, 18446744073709551615"})
    void theRootFeeSaturatesAtTheLargestAmount(String perBlock, String duration, String expected) {
        // Arrange
        Map<String, String> config = new HashMap<>(Fixtures.CONFIG);
        config.put("rootNamespaceRentalFeePerBlock", perBlock);
        BlockDuration blocks = new BlockDuration(Long.parseUnsignedLong(duration.replace("'", "")));

        // Act
        List<Notification> derived = derive(new NamespaceRentalFeeNotification(Fixtures.OWNER, 0, blocks), config);

        // Assert
        assertEquals(fee(Fixtures.OWNER, Long.parseUnsignedLong(expected)), derived.get(1));
    }
}
