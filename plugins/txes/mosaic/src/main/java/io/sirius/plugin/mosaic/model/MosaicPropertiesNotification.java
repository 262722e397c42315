package io.sirius.plugin.mosaic.model;

import io.sirius.api.notification.Notification;
import java.util.List;

/**
 * A definition's properties in their wire form, so that what {@link MosaicProperties#extract} would silently drop
 * (a second optional property, an unknown id, an explicit eternal duration) can be refused.
 *
 * @param flags the flags byte
 * @param divisibility the divisibility byte
 * @param optionalProperties the optional properties, in wire order
 */
public record MosaicPropertiesNotification(int flags, int divisibility, List<MosaicProperty> optionalProperties)
        implements Notification {

    /** Copies the list. */
    public MosaicPropertiesNotification {
        optionalProperties = List.copyOf(optionalProperties);
    }
}
