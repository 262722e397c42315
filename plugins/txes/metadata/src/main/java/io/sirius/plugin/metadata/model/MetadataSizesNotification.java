package io.sirius.plugin.metadata.model;

import io.sirius.api.notification.Notification;

/**
 * The sizes a metadata transaction declares, judged without state.
 *
 * @param valueSizeDelta the new size minus the old (int16)
 * @param valueSize the value's length (uint16)
 */
public record MetadataSizesNotification(int valueSizeDelta, int valueSize) implements Notification {
}
