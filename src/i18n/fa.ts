import type { Messages } from './en'

export const fa: Messages = {
  'app.title': 'مدیریت اطلاع‌رسانی‌های کانکتو',
  'app.skipToContent': 'رفتن به محتوا',
  'language.label': 'زبان',
  'language.en': 'English',
  'language.fa': 'فارسی',

  'account.signOut': 'خروج',
  'account.signInAgain': 'ورود دوباره',
  'account.menu': 'حساب',
  'account.demo': 'نسخهٔ نمایشی (شبیه‌ساز)',
  'account.keyEnding': 'کلیدی که به {last4} ختم می‌شود',

  'signIn.title': 'ورود با کلید API',
  'signIn.intro':
    'مقصدهایی را که کانکتو هشدارهایتان را به آن‌ها می‌فرستد مدیریت کنید. کلید API حساب خود را وارد کنید: در سایت کانکتو، بخش حساب کاربری ← API.',
  'signIn.key': 'کلید API',
  'signIn.keyHint': 'کلید فقط در همین زبانهٔ مرورگر می‌ماند و فقط به سرور خودتان فرستاده می‌شود.',
  'signIn.submit': 'ورود',
  'signIn.checking': 'در حال بررسی کلید…',
  'signIn.or': 'یا',
  'signIn.demo': 'امتحان نسخهٔ نمایشی',
  'signIn.demoHint':
    'شبیه‌سازی از API با چند مقصد نمونه درون مرورگر شما اجرا می‌شود. چیزی به جایی فرستاده نمی‌شود.',
  'signIn.demoFailed': 'نسخهٔ نمایشی در این مرورگر اجرا نشد: {reason}',
  'signIn.error.empty': 'کلید API خود را وارد کنید.',
  'signIn.error.format':
    'این به کلید API شبیه نیست: کلید از حروف و رقم‌ها ساخته می‌شود و فاصله ندارد.',
  'signIn.error.unauthorized':
    'سرور این کلید را نپذیرفت. بررسی کنید که کلید مال همین سایت باشد، حساب فعال باشد و طرح اشتراک آن دسترسی API داشته باشد.',
  'signIn.error.network':
    'به سرور دسترسی نیست. اتصال خود را بررسی کنید، یا از مدیر این داشبورد بپرسید که نشانی API درست تنظیم شده است یا نه.',
  'signIn.error.rateLimited':
    'این کلید درخواست‌های زیادی فرستاده است. {seconds} ثانیهٔ دیگر دوباره امتحان کنید.',
  'signIn.error.server': 'سرور هنگام بررسی کلید به مشکل خورد. کمی بعد دوباره امتحان کنید.',
  'signIn.error.unreadable':
    'پاسخ سرور برای این داشبورد قابل فهم نیست. آیا نشانی API مربوط به سایتی بر بستر کانکتو است؟',

  'handlers.title': 'مقصدهای اطلاع‌رسانی',
  'handlers.count': { one: '{count} مقصد', other: '{count} مقصد' },
  'handlers.column.name': 'نام',
  'handlers.column.type': 'نوع',
  'handlers.column.target': 'مقصد',
  'handlers.column.status': 'وضعیت',
  'handlers.column.created': 'ایجاد',
  'handlers.column.updated': 'آخرین تغییر',
  'handlers.never': 'هرگز',
  'handlers.noName': '(بی‌نام)',
  'handlers.status.enabled': 'فعال',
  'handlers.status.disabled': 'غیرفعال',
  'handlers.status.pending': 'در انتظار تأیید ایمیل',
  'handlers.status.pendingHint':
    'صاحب این نشانی هنوز آن را تأیید نکرده است: تا آن زمان کانکتو چیزی به آن نمی‌فرستد.',
  'handlers.target.none': 'درون برنامه، بدون نشانی',
  'handlers.target.settings': '{count} تنظیم',
  'handlers.loading': 'در حال بارگذاری مقصدها…',
  'handlers.empty.title': 'هنوز مقصد اطلاع‌رسانی ندارید',
  'handlers.empty.body':
    'مقصد جایی است که کانکتو هشدار را به آن می‌فرستد: نشانی ایمیل، وب‌هوک، اسلک، مایکروسافت تیمز، گوگل چت یا اعلان درون برنامه. در سایت کانکتو، بخش مقصدهای اطلاع‌رسانی، یکی بسازید و سپس این صفحه را دوباره بارگذاری کنید.',
  'handlers.empty.reload': 'بارگذاری دوباره',
  'handlers.pastEnd': 'صفحهٔ {page} وجود ندارد: این حساب {pages} صفحه دارد.',
  'handlers.pastEndAction': 'رفتن به صفحهٔ آخر',
  'handlers.error.title': 'مقصدها بارگذاری نشدند',
  'handlers.retry': 'تلاش دوباره',

  'type.email': 'ایمیل',
  'type.webhook': 'وب‌هوک',
  'type.slack': 'اسلک',
  'type.microsoft_teams': 'مایکروسافت تیمز',
  'type.google_chat': 'گوگل چت',
  'type.internal_notification': 'اعلان درون برنامه',
  'type.unknown': 'نوع ناشناخته: {type}',
  'type.none': 'بدون نوع',

  'pagination.label': 'صفحه‌ها',
  'pagination.pageSize': 'در هر صفحه',
  'pagination.range': '{from} تا {to} از {total}',
  'pagination.first': 'صفحهٔ اول',
  'pagination.previous': 'صفحهٔ قبل',
  'pagination.next': 'صفحهٔ بعد',
  'pagination.last': 'صفحهٔ آخر',
  'pagination.page': 'صفحهٔ {page}',

  'error.unauthorized': 'کلید API شما دیگر پذیرفته نمی‌شود. دوباره وارد شوید.',
  'error.not-found': 'روی سرور پیدا نشد: شاید حذف شده باشد.',
  'error.rate-limited':
    'درخواست‌های این کلید از حد گذشته است. {seconds} ثانیهٔ دیگر دوباره امتحان کنید.',
  'error.refused': 'سرور این تغییر را نپذیرفت.',
  'error.server': 'سرور به مشکل خورد. کمی بعد دوباره امتحان کنید.',
  'error.network': 'به سرور دسترسی نیست. اتصال خود را بررسی کنید.',
  'error.unreadable': 'پاسخ سرور برای این داشبورد خواندنی نیست.',
  'error.aborted': 'درخواست لغو شد.',
  'error.serverSaid': 'پیام سرور: {message}',
  'error.unexpected': 'در این بخش از صفحه مشکلی پیش آمد.',
  'error.reload': 'بارگذاری دوبارهٔ صفحه',

  'notFound.title': 'چنین صفحه‌ای وجود ندارد',
  'notFound.back': 'بازگشت به مقصدها',
}
