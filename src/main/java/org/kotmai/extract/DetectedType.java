package org.kotmai.extract;

/**
 * @param format    the supported format the file is in
 * @param mediaType the media type reported to callers, without parameters
 */
record DetectedType(DocumentFormat format, String mediaType) {
}
