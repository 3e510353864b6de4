/** strftime(3) in local time for the conversions capture file names use (-G rotation). */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

const pad = (n: number, width: number, fill = '0') => String(n).padStart(width, fill);

function dayOfYear(d: Date): number {
  const start = new Date(d.getFullYear(), 0, 1);
  return Math.floor((d.getTime() - start.getTime()) / 86_400_000) + 1;
}

export function strftime(pattern: string, d: Date): string {
  return pattern.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
    switch (c) {
      case 'Y': return String(d.getFullYear());
      case 'y': return pad(d.getFullYear() % 100, 2);
      case 'm': return pad(d.getMonth() + 1, 2);
      case 'd': return pad(d.getDate(), 2);
      case 'e': return pad(d.getDate(), 2, ' ');
      case 'H': return pad(d.getHours(), 2);
      case 'I': return pad(((d.getHours() + 11) % 12) + 1, 2);
      case 'M': return pad(d.getMinutes(), 2);
      case 'S': return pad(d.getSeconds(), 2);
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'j': return pad(dayOfYear(d), 3);
      case 'a': return DAYS[d.getDay()].slice(0, 3);
      case 'A': return DAYS[d.getDay()];
      case 'b': case 'h': return MONTHS[d.getMonth()].slice(0, 3);
      case 'B': return MONTHS[d.getMonth()];
      case 'u': return String(d.getDay() === 0 ? 7 : d.getDay());
      case 'w': return String(d.getDay());
      case 's': return String(Math.floor(d.getTime() / 1000));
      case 'F': return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
      case 'T': return `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}`;
      case 'R': return `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}`;
      case 'D': return `${pad(d.getMonth() + 1, 2)}/${pad(d.getDate(), 2)}/${pad(d.getFullYear() % 100, 2)}`;
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
      default: return whole;
    }
  });
}
