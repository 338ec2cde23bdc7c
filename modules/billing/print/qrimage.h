#pragma once

#include "core/domain/result.h"

#include <QImage>
#include <QString>

namespace billing {

/// A QR code as a black-on-white image with the 4-module quiet zone readers need, each module
/// `modulePixels` wide: for a PIX copia-e-cola shown on screen, sent by e-mail or printed alone.
core::Result<QImage> qrImage(const QString &text, int modulePixels = 8);

/// qrImage() written to `path` (PNG, atomically).
core::Result<void> writeQrPng(const QString &text, const QString &path, int modulePixels = 8);

} // namespace billing
