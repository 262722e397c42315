package io.sirius.plugin.mosaic.internal.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.mosaic.internal.config.MosaicConfig;
import io.sirius.plugin.mosaic.model.MosaicRentalFeeNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RentalFeeTransfersTest {

    private static List<Notification> derive(Map<String, String> config) {
        List<Notification> out = new ArrayList<>();
        new RentalFeeTransfers().derive(new MosaicRentalFeeNotification(Fixtures.OWNER),
                Fixtures.context(Fixtures.state()).config(MosaicConfig.SECTION, config).stateful(), out::add);
        return out;
    }

    @Test
    void theSignerPaysTheConfiguredFeeInTheCurrencyToTheSinksAddress() {
        // Act
        List<Notification> derived = derive(Fixtures.config());

        // Assert
        assertEquals(List.of(new AccountPublicKeyNotification(Fixtures.SINK),
                new BalanceTransferNotification(Fixtures.OWNER, Fixtures.unresolved(Fixtures.SINK),
                        Fixtures.unresolved(Fixtures.CURRENCY), new Amount(10_000_000_000L))), derived);
    }

    @Test
    void followsTheConfigInForce() {
        // Arrange
        Map<String, String> config = Fixtures.config("mosaicRentalFee", "123");
        config.put("mosaicRentalFeeSinkPublicKey", Fixtures.THIRD.toHex());

        // Act
        List<Notification> derived = derive(config);

        // Assert
        assertEquals(new BalanceTransferNotification(Fixtures.OWNER, Fixtures.unresolved(Fixtures.THIRD),
                Fixtures.unresolved(Fixtures.CURRENCY), new Amount(123)), derived.get(1));
    }

    @Test
    void aZeroFeeDerivesNothing() {
        // Act and Assert
        assertEquals(List.of(), derive(Fixtures.config("mosaicRentalFee", "0")));
    }
}
