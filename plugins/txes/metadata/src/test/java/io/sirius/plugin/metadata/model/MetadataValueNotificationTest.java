package io.sirius.plugin.metadata.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.plugin.metadata.internal.Fixtures;
import org.junit.jupiter.api.Test;

class MetadataValueNotificationTest {

    @Test
    void onlyAnExtendedFormCarriesTheFlag() {
        // Act and Assert
        assertThrows(IllegalArgumentException.class, () -> new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 1,
                MetadataType.ACCOUNT, 0, 1, new byte[1], false, true));
    }

    @Test
    void givesPrefixesAndCopies() {
        // Arrange
        byte[] value = {1, 2, 3};
        MetadataValueNotification notification = new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 1,
                MetadataType.ACCOUNT, 0, 3, value, true, true);

        // Act
        value[0] = 9;

        // Assert
        assertArrayEquals(new byte[] {1, 2}, notification.valuePrefix(2));
        assertArrayEquals(new byte[0], notification.valuePrefix(0));
        assertArrayEquals(new byte[] {1, 2, 3}, notification.value());
        assertEquals(3, notification.valueSize());
        assertEquals(new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 1, MetadataType.ACCOUNT, 0, 3,
                new byte[] {1, 2, 3}, true, true), notification);
    }
}
