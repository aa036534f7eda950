// Start-Process joins -ArgumentList with spaces into one command line, which .NET on Unix splits back into argv
// (ProcessStartInfo.Arguments → ParseArgumentsIntoList): whitespace separates, double quotes group, "" inside
// quotes is a literal quote, and backslashes escape only in front of a quote.

export function joinArgumentList(list: readonly string[]): string {
  return list.join(' ');
}

export function splitCommandLine(text: string): string[] {
  const args: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= n) break;
    let current = '';
    let inQuotes = false;
    while (i < n) {
      let backslashes = 0;
      while (i < n && text[i] === '\\') {
        backslashes++;
        i++;
      }
      if (backslashes > 0) {
        if (i >= n || text[i] !== '"') {
          current += '\\'.repeat(backslashes);
        } else {
          current += '\\'.repeat(backslashes >> 1);
          if (backslashes % 2 === 1) {
            current += '"';
            i++;
          }
        }
        continue;
      }
      const c = text[i];
      if (c === '"') {
        if (inQuotes && text[i + 1] === '"') {
          current += '"';
          i++;
        } else {
          inQuotes = !inQuotes;
        }
        i++;
        continue;
      }
      if ((c === ' ' || c === '\t') && !inQuotes) break;
      current += c;
      i++;
    }
    args.push(current);
  }
  return args;
}
