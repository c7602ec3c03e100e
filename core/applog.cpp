// SPDX-License-Identifier: GPL-3.0-or-later
#include "applog.h"

#include "error.h"
#include "storagepaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QTextStream>

namespace {

QMutex &logMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &overriddenPath()
{
    static QString path;
    return path;
}

QString levelName(AppLog::Level level)
{
    switch (level) {
    case AppLog::Level::Info: return QStringLiteral("INFO");
    case AppLog::Level::Warning: return QStringLiteral("WARN");
    case AppLog::Level::Error: return QStringLiteral("ERROR");
    }
    return {};
}

} // namespace

void AppLog::setFilePath(const QString &path)
{
    QMutexLocker locker(&logMutex());
    overriddenPath() = path;
}

QString AppLog::filePath()
{
    QMutexLocker locker(&logMutex());
    if (!overriddenPath().isEmpty())
        return overriddenPath();
    return StoragePaths::logDirectory() + QLatin1String("/saradnja.log");
}

void AppLog::info(const QString &message)
{
    write(Level::Info, message);
}

void AppLog::warning(const QString &message)
{
    write(Level::Warning, message);
}

void AppLog::error(const QString &context, const Error &error)
{
    write(Level::Error, context + QLatin1String(": ") + error.toLogString());
}

void AppLog::write(Level level, const QString &message)
{
    const QString path = filePath();
    QMutexLocker locker(&logMutex());
    QDir().mkpath(QFileInfo(path).absolutePath());
    rotateIfNeeded(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return; // logging must never take the application down
    QTextStream out(&file);
    out << QDateTime::currentDateTime().toString(Qt::ISODateWithMs) << ' ' << levelName(level)
        << ' ' << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
}

void AppLog::rotateIfNeeded(const QString &path)
{
    if (QFileInfo(path).size() < maxFileSize)
        return;
    const auto numbered = [&path](int n) { return path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(numbered(keptFiles));
    for (int n = keptFiles - 1; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    QFile::rename(path, numbered(1));
}
