// filled by issue 13
